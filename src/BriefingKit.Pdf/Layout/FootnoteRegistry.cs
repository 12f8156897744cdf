namespace BriefingKit.Pdf.Layout;

/// <summary>
/// The footnote texts that go to page bottoms, by label, with their laid-out heights. A label that is
/// not registered here (endnote mode, demoted, or undefined) costs no page-bottom space.
/// </summary>
/// <remarks>
/// Two short notes in a row share a line, one in each half of the note area ("CBS News, 28 Dec 2023,
/// para 4." needs a third of a line): briefings cite many passages briefly, and a line per note would give
/// them a third of every page. The area is a function of the set of notes, set in the order they were
/// registered (the order they are first cited), so measuring and placing always agree.
/// </remarks>
internal sealed class FootnoteRegistry
{
    /// <summary>Space for the separator rule above the notes of a page.</summary>
    public const double SeparatorHeight = 12;

    /// <summary>Vertical gap between two rows of notes.</summary>
    public const double Gap = 1.5;

    /// <summary>Space between the two notes of a shared line.</summary>
    public const double Gutter = 12;

    readonly Dictionary<string, Element> _notes = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);
    readonly Dictionary<string, (double Full, double Half)> _heights = new(StringComparer.Ordinal);

    public static FootnoteRegistry Empty { get; } = new();

    public void Add(string label, Element note)
    {
        _notes[label] = note;
        _order.TryAdd(label, _order.Count);
    }

    public bool IsPageNote(string label) => _notes.ContainsKey(label);

    public Element Note(string label) => _notes[label];

    /// <summary>Width of one half of the note area.</summary>
    public static double HalfWidth(double width) => (width - Gutter) / 2;

    /// <summary>Height of the note area holding exactly these labels (0 when empty).</summary>
    public double AreaHeight(LayoutContext context, IReadOnlyCollection<string> labels, double width)
    {
        if (labels.Count == 0)
        {
            return 0;
        }

        double total = SeparatorHeight - Gap;
        foreach (var row in Rows(context, labels, width))
        {
            total += Gap + row.Height;
        }

        return total;
    }

    /// <summary>
    /// The rows of the note area: a note alone at full width, or two consecutive short notes side by side
    /// (<see cref="NoteRow.Right"/> set). Labels are taken in citation order, whatever order they come in.
    /// </summary>
    public List<NoteRow> Rows(LayoutContext context, IReadOnlyCollection<string> labels, double width)
    {
        var ordered = labels.ToList();
        ordered.Sort((a, b) => _order[a].CompareTo(_order[b]));
        var rows = new List<NoteRow>(ordered.Count);
        for (int i = 0; i < ordered.Count; i++)
        {
            var (full, half) = Heights(context, ordered[i], width);
            bool shortNote = half <= full;
            if (shortNote && i + 1 < ordered.Count)
            {
                var (nextFull, nextHalf) = Heights(context, ordered[i + 1], width);
                if (nextHalf <= nextFull)
                {
                    rows.Add(new NoteRow(ordered[i], ordered[i + 1], Math.Max(half, nextHalf)));
                    i++;
                    continue;
                }
            }

            rows.Add(new NoteRow(ordered[i], null, full));
        }

        return rows;
    }

    // A note is short when it takes no more height in half the width than in all of it.
    (double Full, double Half) Heights(LayoutContext context, string label, double width)
    {
        if (!_heights.TryGetValue(label, out var h))
        {
            var notes = context.ForNotes();
            double full = _notes[label].Measure(notes, width, double.MaxValue / 4).Height;
            double half = _notes[label].Measure(notes, HalfWidth(width), double.MaxValue / 4).Height;
            h = (full, half);
            _heights[label] = h;
        }

        return h;
    }
}

/// <summary>One row of a page's notes: <see cref="Left"/> alone at full width, or beside <see cref="Right"/>.</summary>
internal readonly record struct NoteRow(string Left, string? Right, double Height);
