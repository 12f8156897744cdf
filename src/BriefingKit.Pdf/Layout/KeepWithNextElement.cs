namespace BriefingKit.Pdf.Layout;

/// <summary>
/// A heading (or label) that must stay on the same page as the start of the block after it: if the
/// next block cannot put anything on this page, both move. Chains of headings nest.
/// </summary>
internal sealed class KeepWithNextElement(Element head, Element next) : Element
{
    public Element Head { get; } = head;

    public Element Next { get; } = next;

    public override double SpaceBefore => Head.SpaceBefore;

    public override double SpaceAfter => Next.SpaceAfter;

    public override SpacePlan Measure(LayoutContext context, double width, double height)
    {
        var headPlan = Head.Measure(context, width, height);
        if (headPlan.Kind != SpacePlanKind.Full)
        {
            if (headPlan.Kind == SpacePlanKind.Partial && context.Relaxed)
            {
                // A heading taller than a page (see HeadingElement): its rest stays with the block after it.
                return SpacePlan.Partial(headPlan.Head!, new KeepWithNextElement(headPlan.Remainder!, Next) { Source = Source }, headPlan.Height, headPlan.Notes);
            }

            return headPlan.IsWrap ? headPlan : SpacePlan.Wrap($"{Head.Describe()} does not fit whole");
        }

        double gap = Math.Max(Head.SpaceAfter, Next.SpaceBefore);
        double left = height - headPlan.Height - gap - context.NoteCost(headPlan.Notes);
        var ctx = context.WithPending(headPlan.Notes).NotAtTop();
        var nextPlan = left < 0 ? SpacePlan.Wrap("no room after the heading") : Next.Measure(ctx, width, left);
        double headHeight = headPlan.Height + gap;
        switch (nextPlan.Kind)
        {
            case SpacePlanKind.Full:
                return SpacePlan.Full(this, headHeight + nextPlan.Height, SpacePlan.Join(headPlan.Notes, nextPlan.Notes));
            case SpacePlanKind.Partial:
                var fitted = new KeepWithNextElement(Head, nextPlan.Head!) { Source = Source };
                return SpacePlan.Partial(fitted, nextPlan.Remainder!, headHeight + nextPlan.Height, SpacePlan.Join(headPlan.Notes, nextPlan.Notes));
            default:
                return context.Relaxed
                    ? SpacePlan.Partial(Head, Next, headPlan.Height, headPlan.Notes)
                    : SpacePlan.Wrap($"{Head.Describe()} is kept with the next block ({nextPlan.Reason})");
        }
    }

    public override double Arrange(LayoutContext context, DisplaySink sink, double x, double y, double width)
    {
        double h = Head.Arrange(context, sink, x, y, width);
        h += Math.Max(Head.SpaceAfter, Next.SpaceBefore);
        return h + Next.Arrange(context, sink, x, y + h, width);
    }

    public override Element? DropFirstUnit() => Next;

    public override string Describe() => Head.Describe();
}
