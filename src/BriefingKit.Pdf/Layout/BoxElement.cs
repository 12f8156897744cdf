namespace BriefingKit.Pdf.Layout;

/// <summary>Decoration of a <see cref="BoxElement"/>: padding, background, left bar and border.</summary>
internal sealed record BoxStyle(double PadTop, double PadRight, double PadBottom, double PadLeft)
{
    public Rgb? Background { get; init; }

    public Rgb? Border { get; init; }

    public double BorderWidth { get; init; } = 0.5;

    public Rgb? LeftBar { get; init; }

    public double LeftBarWidth { get; init; } = 2;

    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; }
}

/// <summary>
/// A padded, decorated box around a block: block quotes, callouts, code. When the content splits,
/// each page gets its own closed box fragment.
/// </summary>
internal sealed class BoxElement(Element content, BoxStyle style) : Element
{
    public override double SpaceBefore => style.SpaceBefore;

    public override double SpaceAfter => style.SpaceAfter;

    // Deeply nested boxes stop indenting rather than squeezing their text to nothing.
    const double MinContentWidth = 48;

    double Vertical => style.PadTop + style.PadBottom;

    double Horizontal => style.PadLeft + style.PadRight;

    double PadLeft(double width) => width - Horizontal >= MinContentWidth ? style.PadLeft : 0;

    double Inner(double width) => width - Horizontal >= MinContentWidth ? width - Horizontal : width;

    public override SpacePlan Measure(LayoutContext context, double width, double height)
    {
        if (height < Vertical)
        {
            return SpacePlan.Wrap($"{Describe()} needs {Vertical} pt of padding");
        }

        var plan = content.Measure(context, Inner(width), height - Vertical);
        return plan.Kind switch
        {
            SpacePlanKind.Full => SpacePlan.Full(this, plan.Height + Vertical, plan.Notes),
            SpacePlanKind.Partial => SpacePlan.Partial(
                new BoxElement(plan.Head!, style) { Source = Source },
                new BoxElement(plan.Remainder!, style) { Source = plan.Remainder!.Source },
                plan.Height + Vertical,
                plan.Notes),
            _ => plan,
        };
    }

    public override double Arrange(LayoutContext context, DisplaySink sink, double x, double y, double width)
    {
        int mark = sink.Mark;
        double h = content.Arrange(context, sink, x + PadLeft(width), y + style.PadTop, Inner(width)) + Vertical;
        int at = mark;
        if (style.Background is { } bg)
        {
            sink.Insert(at++, new RectItem(x, y, width, h, bg, style.Border, style.Border is null ? 0 : style.BorderWidth));
        }
        else if (style.Border is { } border)
        {
            sink.Insert(at++, new RectItem(x, y, width, h, new Rgb(255, 255, 255), border, style.BorderWidth));
        }

        if (style.LeftBar is { } bar)
        {
            double half = style.LeftBarWidth / 2;
            sink.Insert(at, new RuleItem(x + half, y, x + half, y + h, style.LeftBarWidth, bar));
        }

        return h;
    }

    public override Element? DropFirstUnit() =>
        content.DropFirstUnit() is { } rest ? new BoxElement(rest, style) { Source = Source } : null;

    public override string Describe() => content.Describe();
}
