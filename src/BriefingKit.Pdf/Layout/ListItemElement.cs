using BriefingKit.Pdf.Fonts;

namespace BriefingKit.Pdf.Layout;

/// <summary>
/// A list item: a marker ("•", "3.") right-aligned in the indent, on the baseline of the body's first
/// line; the body is any column of blocks (paragraphs, nested lists). Continuations carry no marker.
/// Also used for footnote texts, whose marker is the note number.
/// </summary>
internal sealed class ListItemElement(TextRun? marker, Element body, double indent, double spaceBefore = 0) : Element
{
    const double MarkerGap = 4;
    const double MinBodyWidth = 48;

    public override double SpaceBefore => marker is null ? 0 : spaceBefore;

    public override double SpaceAfter => body.SpaceAfter;

    /// <summary>Anchor placed at the item's top (footnote texts), or null.</summary>
    public string? Anchor { get; init; }

    public override SpacePlan Measure(LayoutContext context, double width, double height)
    {
        var plan = body.Measure(context, width - Indent(width), height);
        return plan.Kind switch
        {
            SpacePlanKind.Full => SpacePlan.Full(this, plan.Height, plan.Notes),
            SpacePlanKind.Partial => SpacePlan.Partial(
                new ListItemElement(marker, plan.Head!, indent, spaceBefore) { Source = Source, Anchor = Anchor },
                new ListItemElement(null, plan.Remainder!, indent) { Source = Source },
                plan.Height,
                plan.Notes),
            _ => plan,
        };
    }

    public override double Arrange(LayoutContext context, DisplaySink sink, double x, double y, double width)
    {
        if (Anchor is not null)
        {
            sink.Add(new AnchorItem(Anchor, x, y));
        }

        int mark = sink.Mark;
        double h = body.Arrange(context, sink, x + Indent(width), y, width - Indent(width));
        if (marker is not null)
        {
            var style = marker.Style;
            double w = context.Measurer.Width(marker.Text, style.Face, style.EffectiveSize);
            var first = sink.FirstLineSince(mark);
            double baseline = first?.Baseline ?? y + context.Measurer.Vertical(style.Face, style.Size).Ascent;
            double lineTop = first?.Top ?? y;
            double lineHeight = first?.Height ?? style.Size * 1.3;
            double mx = Math.Max(x, x + Indent(width) - MarkerGap - w);
            sink.Insert(mark, new TextLineItem(mx, lineTop, baseline, lineHeight, [new LineFragment(0, w, marker.Text, style, marker.Link)]));
            if (marker.Link is not null)
            {
                sink.Add(new LinkItem(mx, lineTop, w, lineHeight, marker.Link));
            }
        }

        return h;
    }

    // Deeply nested items stop indenting rather than squeezing their text to nothing.
    double Indent(double width) => width - indent >= MinBodyWidth ? indent : 0;

    public override Element? DropFirstUnit() =>
        body.DropFirstUnit() is { } rest ? new ListItemElement(null, rest, indent) { Source = Source } : null;

    public override string Describe() => $"list item {At}";

    /// <summary>The bullet for a nesting depth: •, –, ◦.</summary>
    public static string Bullet(int depth) => (depth % 3) switch
    {
        0 => "\u2022",
        1 => "\u2013",
        _ => "\u25E6",
    };

    public static FontFace MarkerFace(bool ordered) => new(FontFamilyRole.Sans, ordered, false);
}
