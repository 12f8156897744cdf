namespace BriefingKit.Pdf.Layout;

/// <summary>
/// A section heading: a paragraph that does not split, with an anchor (link and bookmark target),
/// an outline level and optionally a hairline under it. Only a heading taller than a whole page (a name
/// thousands of characters long) splits, at the top of a page when keep rules are relaxed (BK6002).
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
        if (plan.Kind == SpacePlanKind.Full)
        {
            return SpacePlan.Full(this, plan.Height + Extra, plan.Notes);
        }

        // Last resort, so every valid dossier renders: split like a paragraph; the anchor and outline entry stay
        // with the first part, and the rest continues in the same style on the next page.
        if (context.Relaxed && context.AtPageTop && plan is { Kind: SpacePlanKind.Partial, Head: ParagraphElement first })
        {
            var head = new HeadingElement(first, Anchor, Level, Title, null) { Source = Source };
            return SpacePlan.Partial(head, plan.Remainder!, plan.Height, plan.Notes);
        }

        return SpacePlan.Wrap("the heading in one piece");
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

    public override string Describe() => $"heading '{Quote(Title)}' {At}";
}
