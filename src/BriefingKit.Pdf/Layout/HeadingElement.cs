namespace BriefingKit.Pdf.Layout;

/// <summary>
/// A section heading: a paragraph that never splits, with an anchor (link and bookmark target),
/// an outline level and optionally a hairline under it.
/// </summary>
internal sealed class HeadingElement(ParagraphElement text, string anchor, int level, string title, Rgb? underline) : Element
{
    const double RuleGap = 3;

    public string Anchor { get; } = anchor;

    public int Level { get; } = level;

    public string Title { get; } = title;

    public override double SpaceBefore => text.SpaceBefore;

    public override double SpaceAfter => text.SpaceAfter;

    double Extra => underline is null ? 0 : RuleGap + 0.5;

    public override SpacePlan Measure(LayoutContext context, double width, double height)
    {
        var plan = text.Measure(context.AsRelaxed(), width, height - Extra);
        return plan.Kind == SpacePlanKind.Full
            ? SpacePlan.Full(this, plan.Height + Extra, plan.Notes)
            : SpacePlan.Wrap($"{Describe()} does not fit whole");
    }

    public override double Arrange(LayoutContext context, DisplaySink sink, double x, double y, double width)
    {
        sink.Add(new AnchorItem(Anchor, x, y));
        sink.Add(new HeadingItem(Anchor, Level, Title, y));
        double h = text.Arrange(context, sink, x, y, width);
        if (underline is { } color)
        {
            sink.Add(new RuleItem(x, y + h + RuleGap, x + width, y + h + RuleGap, 0.5, color));
        }

        return h + Extra;
    }

    public override string Describe() => $"heading '{Title}' {At}";
}
