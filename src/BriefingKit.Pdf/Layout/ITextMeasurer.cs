using BriefingKit.Pdf.Fonts;

namespace BriefingKit.Pdf.Layout;

/// <summary>Ascent and descent of a face at a size, both positive, in points.</summary>
internal readonly record struct VerticalMetrics(double Ascent, double Descent);

/// <summary>Font metrics as the layout needs them; implemented over PDFsharp by <see cref="FontBook"/>.</summary>
internal interface ITextMeasurer
{
    double Width(string text, FontFace face, double size);

    VerticalMetrics Vertical(FontFace face, double size);
}
