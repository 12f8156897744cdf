using BriefingKit.Pdf.Layout;

namespace BriefingKit.Pdf.Document;

/// <summary>
/// Where <c>&lt;!-- briefingkit:contents --&gt;</c> asks for the table of contents. The layouter puts the
/// contents in place of the first one in the body (<see cref="BriefingLayouter"/>); any other (a second
/// marker) stays and is nothing: no height, no drawing.
/// </summary>
internal sealed class ContentsSlotElement : Element
{
    public override SpacePlan Measure(LayoutContext context, double width, double height) => SpacePlan.Full(this, 0, null);

    public override double Arrange(LayoutContext context, DisplaySink sink, double x, double y, double width) => 0;

    public override string Describe() => $"contents marker {At}";
}
