namespace BriefingKit.Pdf.Layout;

/// <summary>
/// What arranging produces: positioned items in page coordinates (points, origin top-left, y down).
/// The PDF painter draws them and the layout dump prints them, so both see the very same layout.
/// </summary>
internal abstract record DisplayItem;

/// <summary>One line of text; fragments carry their own x offsets from <see cref="X"/>.</summary>
internal sealed record TextLineItem(double X, double Top, double Baseline, double Height, IReadOnlyList<LineFragment> Fragments) : DisplayItem
{
    public double Width => Fragments.Count == 0 ? 0 : Fragments[^1].X + Fragments[^1].Width;

    public string Text => string.Concat(Fragments.Select(f => f.Text));
}

internal sealed record RuleItem(double X1, double Y1, double X2, double Y2, double Thickness, Rgb Color) : DisplayItem;

internal sealed record RectItem(double X, double Y, double Width, double Height, Rgb Fill, Rgb? Stroke = null, double StrokeWidth = 0) : DisplayItem;

internal sealed record LinkItem(double X, double Y, double Width, double Height, LinkTarget Target) : DisplayItem;

/// <summary>A destination that internal links and bookmarks can jump to.</summary>
internal sealed record AnchorItem(string Id, double X, double Y) : DisplayItem;

/// <summary>A heading: feeds the outline (bookmarks) and the table of contents.</summary>
internal sealed record HeadingItem(string Anchor, int Level, string Title, double Y) : DisplayItem;

/// <summary>A forced page break (from the Markdown line <see cref="Line"/>) that starts this page; nothing is drawn.</summary>
internal sealed record PageBreakItem(int Line) : DisplayItem;

/// <summary>One page of the layout.</summary>
internal sealed class PageBox(int number)
{
    public int Number { get; } = number;

    public List<DisplayItem> Items { get; } = [];
}

/// <summary>Where arranged items go. Supports inserting behind what was already placed (box backgrounds).</summary>
internal sealed class DisplaySink(PageBox page)
{
    public PageBox Page { get; } = page;

    public int Mark => Page.Items.Count;

    public void Add(DisplayItem item) => Page.Items.Add(item);

    public void Insert(int mark, DisplayItem item) => Page.Items.Insert(mark, item);

    /// <summary>The first text line placed since <paramref name="mark"/>, if any.</summary>
    public TextLineItem? FirstLineSince(int mark)
    {
        for (int i = mark; i < Page.Items.Count; i++)
        {
            if (Page.Items[i] is TextLineItem line)
            {
                return line;
            }
        }

        return null;
    }
}
