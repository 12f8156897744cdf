using BriefingKit.Pdf.Layout;

namespace BriefingKit.Pdf.Document;

/// <summary>Paper size and margins; the body frame lies between the running header and footer.</summary>
internal sealed record PageGeometry(double Width, double Height, string Name)
{
    public const double SideMargin = 72;
    public const double TopMargin = 76;
    public const double BottomMargin = 76;

    public static PageGeometry For(PdfPageSize size) => size switch
    {
        PdfPageSize.A4 => new(595.28, 841.89, "A4"),
        _ => new(612, 792, "Letter"),
    };

    public PageFrame Body => new(SideMargin, TopMargin, Width - (2 * SideMargin), Height - TopMargin - BottomMargin);

    /// <summary>Baseline of the marking at the top of the page.</summary>
    public double HeaderBaseline => 40;

    public double HeaderRuleY => 50;

    public double FooterRuleY => Height - 56;

    public double FooterBaseline => Height - 44;

    public double FooterSecondBaseline => Height - 34;
}
