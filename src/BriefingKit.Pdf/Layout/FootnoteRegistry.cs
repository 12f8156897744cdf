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
    public double AreaHeight(LayoutContext context, IReadOnlyCollection<string> labels, double width) =>
        Area(context, labels, width).Height;

    /// <summary>The note area of these labels, set in citation order, to extend with <see cref="NoteArea.Append"/>.</summary>
    public NoteArea Area(LayoutContext context, IReadOnlyCollection<string> labels, double width)
    {
        var area = NoteArea.Empty;
        foreach (var label in Ordered(labels))
        {
            area = area.Append(this, context, label, width);
        }

        return area;
    }

    /// <summary>Where <paramref name="label"/> was first cited among all notes: the order notes are set in.</summary>
    public int Order(string label) => _order[label];

    /// <summary>
    /// The rows of the note area: a note alone at full width, or two consecutive short notes side by side
    /// (<see cref="NoteRow.Right"/> set). Built by the same steps as <see cref="NoteArea.Append"/>.
    /// </summary>
    public List<NoteRow> Rows(LayoutContext context, IReadOnlyCollection<string> labels, double width)
    {
        var rows = new List<NoteRow>(labels.Count);
        var area = NoteArea.Empty;
        foreach (var label in Ordered(labels))
        {
            area = area.Append(this, context, label, width);
            if (area.Joined)
            {
                rows[^1] = new NoteRow(rows[^1].Left, label, area.LastRowHeight);
            }
            else
            {
                rows.Add(new NoteRow(label, null, area.LastRowHeight));
            }
        }

        return rows;
    }

    List<string> Ordered(IReadOnlyCollection<string> labels)
    {
        var ordered = labels.Where(_notes.ContainsKey).ToList();
        ordered.Sort((a, b) => _order[a].CompareTo(_order[b]));
        return ordered;
    }

    /// <summary>A note's height at the full width and in half of it; short when the half is no taller.</summary>
    internal (double Full, double Half) Heights(LayoutContext context, string label, double width)
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

/// <summary>
/// A page's note area as it grows, note by note in citation order: its height, and whether its last row holds one
/// short note that the next short note may join. Lets a line's note cost be found without re-laying the page's notes.
/// </summary>
internal readonly record struct NoteArea(double Height, int LastOrder, double OpenFull, double OpenHalf, bool Open, bool Joined, double LastRowHeight)
{
    public static NoteArea Empty { get; } = new(0, -1, 0, 0, false, false, 0);

    public NoteArea Append(FootnoteRegistry notes, LayoutContext context, string label, double width)
    {
        var (full, half) = notes.Heights(context, label, width);
        int order = notes.Order(label);
        bool isShort = half <= full;
        if (isShort && Open)
        {
            double row = Math.Max(OpenHalf, half);
            return new(Height - OpenFull + row, order, 0, 0, false, true, row);
        }

        double start = Height == 0 ? FootnoteRegistry.SeparatorHeight : FootnoteRegistry.Gap;
        return new(Height + start + full, order, full, half, isShort, false, full);
    }
}
