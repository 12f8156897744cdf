using BriefingKit.Pdf.Layout;

namespace BriefingKit.Pdf.Document;

/// <summary>
/// One table-of-contents line: title, dot leaders, page number right-aligned in a fixed column, the
/// whole line a link to the heading. The number column has a fixed width, so the number can be filled
/// in after layout (<see cref="TocPageNumbers"/>) without changing how the contents wrap.
/// </summary>
internal sealed class TocEntryElement(ParagraphElement title, string anchor, TocPageNumbers numbers, double indent) : Element
{
    const double NumberColumn = 30;
    static readonly RunStyle LeaderStyle = new(BriefingTheme.Sans, 8, BriefingTheme.Hairline);

    public override double SpaceBefore => title.SpaceBefore;

    public override double SpaceAfter => title.SpaceAfter;

    double TextWidth(double width) => width - indent - NumberColumn - 8;

    public override SpacePlan Measure(LayoutContext context, double width, double height)
    {
        var plan = title.Measure(context.AsRelaxed(), TextWidth(width), height);
        return plan.Kind == SpacePlanKind.Full ? SpacePlan.Full(this, plan.Height, []) : SpacePlan.Wrap($"{Describe()} does not fit whole");
    }

    public override double Arrange(LayoutContext context, DisplaySink sink, double x, double y, double width)
    {
        double h = title.Arrange(context, sink, x + indent, y, TextWidth(width));
        var last = sink.Page.Items.OfType<TextLineItem>().LastOrDefault();
        if (last is not null)
        {
            var m = context.Measurer;
            double right = x + width - NumberColumn - 4;
            double start = last.X + last.Width + 4, dot = m.Width(". ", LeaderStyle.Face, LeaderStyle.Size);
            int count = (int)Math.Floor((right - start) / dot);
            if (count > 1)
            {
                string dots = string.Concat(Enumerable.Repeat(". ", count)).TrimEnd();
                double w = m.Width(dots, LeaderStyle.Face, LeaderStyle.Size);
                sink.Add(new TextLineItem(right - w, last.Top, last.Baseline, last.Height, [new LineFragment(0, w, dots, LeaderStyle, null)]));
            }

            numbers.Reserve(sink, anchor, x + width, last, title.Style.Base);
        }

        sink.Add(new LinkItem(x + indent, y, width - indent, h, new InternalLink(anchor)));
        return h;
    }

    public override string Describe() => $"contents entry for '{Quote(anchor)}'";
}
