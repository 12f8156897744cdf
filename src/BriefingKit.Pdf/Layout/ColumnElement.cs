namespace BriefingKit.Pdf.Layout;

/// <summary>
/// Children stacked vertically, the gap between two being the larger of the first's space after and
/// the second's space before (collapsed at page tops, since a remainder column starts with no gap,
/// and after a <see cref="PageBreakElement"/>, which only ever stands at a page top).
/// </summary>
internal sealed class ColumnElement(IReadOnlyList<Element> children) : Element
{
    const double Epsilon = 0.001;

    public IReadOnlyList<Element> Children { get; } = children;

    /// <summary>Overrides the space before the column (else its first child's).</summary>
    public double? Before { get; init; }

    /// <summary>Overrides the space after the column (else its last child's).</summary>
    public double? After { get; init; }

    public override double SpaceBefore => Before ?? (Children.Count > 0 ? Children[0].SpaceBefore : 0);

    public override double SpaceAfter => After ?? (Children.Count > 0 ? Children[^1].SpaceAfter : 0);

    public override SpacePlan Measure(LayoutContext context, double width, double height)
    {
        double used = 0, content = 0;
        List<string>? notes = null; // allocated at the first footnote cited
        var ctx = context;
        for (int i = 0; i < Children.Count; i++)
        {
            var child = Children[i];
            double gap = i == 0 ? 0 : Gap(Children[i - 1], child);
            double avail = height - used - gap;
            var plan = avail < -Epsilon
                ? SpacePlan.Wrap($"{child.Describe()} starts below the page end")
                : child.Measure(ctx, width, Math.Max(avail, 0));

            if (plan.Kind == SpacePlanKind.Full)
            {
                used += gap + plan.Height + ctx.NoteCost(plan.Notes);
                content += gap + plan.Height;
                if (plan.Notes.Count > 0)
                {
                    (notes ??= []).AddRange(plan.Notes);
                }

                // A page break fits only at a page top and takes no room: what follows still starts the page.
                ctx = child is PageBreakElement ? ctx.WithPending(plan.Notes) : ctx.WithPending(plan.Notes).NotAtTop();
                continue;
            }

            if (plan.Kind == SpacePlanKind.Partial)
            {
                var head = new ColumnElement([.. Children.Take(i), plan.Head!]) { Source = Source, Before = Before };
                var rest = new ColumnElement(ChildrenAfter.Of(plan.Remainder!, Children, i + 1)) { Source = plan.Remainder!.Source, Before = 0, After = After };
                return SpacePlan.Partial(head, rest, content + gap + plan.Height, notes is null ? plan.Notes : [.. notes, .. plan.Notes]);
            }

            if (i == 0)
            {
                return plan;
            }

            var fitted = new ColumnElement([.. Children.Take(i)]) { Source = Source, Before = Before };
            var remainder = new ColumnElement(ChildrenAfter.Of(null, Children, i)) { Source = child.Source, After = After };
            return SpacePlan.Partial(fitted, remainder, content, notes);
        }

        return SpacePlan.Full(this, content, notes);
    }

    public override double Arrange(LayoutContext context, DisplaySink sink, double x, double y, double width)
    {
        double top = y;
        for (int i = 0; i < Children.Count; i++)
        {
            if (i > 0)
            {
                top += Gap(Children[i - 1], Children[i]);
            }

            top += Children[i].Arrange(context, sink, x, top, width);
        }

        return top - y;
    }

    public override Element? DropFirstUnit()
    {
        if (Children.Count == 0)
        {
            return null;
        }

        var first = Children[0].DropFirstUnit();
        var rest = first is null ? Children.Skip(1) : Children.Skip(1).Prepend(first);
        var list = rest.ToList();
        return list.Count == 0 ? null : new ColumnElement(list) { Source = list[0].Source, After = After };
    }

    public override string Describe() => Children.Count > 0 ? Children[0].Describe() : "empty block";

    /// <summary>No gap after a page break: it stands at a page top, where gaps collapse.</summary>
    static double Gap(Element above, Element below) => above is PageBreakElement ? 0 : Math.Max(above.SpaceAfter, below.SpaceBefore);
}
