using BriefingKit.Pdf.Fonts;

namespace BriefingKit.Pdf.Layout;

/// <summary>Ascent and descent of a face at a size, both positive, in points.</summary>
internal readonly record struct VerticalMetrics(double Ascent, double Descent);

/// <summary>Font metrics as the layout needs them; implemented over PDFsharp by <see cref="FontBook"/>.</summary>
internal interface ITextMeasurer
{
    double Width(string text, FontFace face, double size);

    /// <summary>
    /// The width of a slice of a longer text (a word inside a run), so callers need not cut a substring to
    /// measure it. Implementations that cache by text can look the slice up without allocating.
    /// </summary>
    double Width(ReadOnlySpan<char> text, FontFace face, double size) => Width(text.ToString(), face, size);

    VerticalMetrics Vertical(FontFace face, double size);
}
