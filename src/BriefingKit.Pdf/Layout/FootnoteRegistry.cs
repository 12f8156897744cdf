namespace BriefingKit.Pdf.Layout;

/// <summary>
/// The footnote texts that go to page bottoms, by label, with their laid-out heights. A label that is
/// not registered here (endnote mode, demoted, or undefined) costs no page-bottom space.
/// </summary>
internal sealed class FootnoteRegistry
{
    /// <summary>Space for the separator rule above the notes of a page.</summary>
    public const double SeparatorHeight = 12;

    /// <summary>Vertical gap between two notes.</summary>
    public const double Gap = 1.5;

    readonly Dictionary<string, Element> _notes = new(StringComparer.Ordinal);
    readonly Dictionary<string, double> _heights = new(StringComparer.Ordinal);

    public static FootnoteRegistry Empty { get; } = new();

    public void Add(string label, Element note) => _notes[label] = note;

    public bool IsPageNote(string label) => _notes.ContainsKey(label);

    public Element Note(string label) => _notes[label];

    public double Height(LayoutContext context, string label, double width)
    {
        if (!_heights.TryGetValue(label, out double h))
        {
            var plan = _notes[label].Measure(context.ForNotes(), width, double.MaxValue / 4);
            h = plan.Height;
            _heights[label] = h;
        }

        return h;
    }

    /// <summary>Height of the note area holding exactly these labels (0 when empty).</summary>
    public double AreaHeight(LayoutContext context, IReadOnlyCollection<string> labels, double width)
    {
        if (labels.Count == 0)
        {
            return 0;
        }

        double total = SeparatorHeight + (Gap * (labels.Count - 1));
        foreach (var label in labels)
        {
            total += Height(context, label, width);
        }

        return total;
    }
}
