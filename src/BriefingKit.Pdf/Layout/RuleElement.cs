namespace BriefingKit.Pdf.Layout;

/// <summary>A horizontal rule (thematic break, title block underline).</summary>
internal sealed class RuleElement(double thickness, Rgb color, double spaceBefore, double spaceAfter, double widthFraction = 1) : Element
{
    public override double SpaceBefore => spaceBefore;

    public override double SpaceAfter => spaceAfter;

    public override SpacePlan Measure(LayoutContext context, double width, double height) =>
        height + 0.001 >= thickness ? SpacePlan.Full(this, thickness, []) : SpacePlan.Wrap("no room for a rule");

    public override double Arrange(LayoutContext context, DisplaySink sink, double x, double y, double width)
    {
        double w = width * widthFraction, left = x + ((width - w) / 2);
        sink.Add(new RuleItem(left, y + (thickness / 2), left + w, y + (thickness / 2), thickness, color));
        return thickness;
    }

    public override string Describe() => $"rule {At}";
}
