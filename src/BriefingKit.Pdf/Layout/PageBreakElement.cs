namespace BriefingKit.Pdf.Layout;

/// <summary>
/// A forced page break (<c>&lt;!-- briefingkit:page-break --&gt;</c>): takes no room, and fits only at
/// the top of a page. Anywhere else it wraps, so the column it is in ends the page just before it and
/// carries it, and everything after it, to the next page, where it measures as nothing. A break that
/// is already at a page top (after another break, or after content that ended exactly at the page
/// end) therefore never leaves an empty page. In a column it collapses the gap to the block after it
/// and leaves the page top as it is (<see cref="ColumnElement"/>), so what follows starts the page as
/// it would after any page break: keep-with-next headings work as usual. Arranging it records a
/// <see cref="PageBreakItem"/> (nothing is drawn), from which the page-one check reads where it landed.
/// </summary>
internal sealed class PageBreakElement : Element
{
    public override SpacePlan Measure(LayoutContext context, double width, double height) =>
        context.AtPageTop ? SpacePlan.Full(this, 0, null) : SpacePlan.Wrap("a page break starts a new page");

    public override double Arrange(LayoutContext context, DisplaySink sink, double x, double y, double width)
    {
        sink.Add(new PageBreakItem(Source.Line));
        return 0;
    }

    public override string Describe() => $"page break {At}";
}
