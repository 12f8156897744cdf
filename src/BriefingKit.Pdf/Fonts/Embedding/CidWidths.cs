using PdfSharp.Pdf;

namespace BriefingKit.Pdf.Fonts.Embedding;

/// <summary>
/// The /W array of a CIDFont: each run of consecutive glyph IDs as <c>first [w1 w2 …]</c>, widths in
/// 1/1000 em rounded to the nearest unit. Only the used glyphs are listed; others take /DW.
/// </summary>
internal static class CidWidths
{
    /// <summary>The widths of <paramref name="glyphs"/>: distinct glyph IDs in ascending order.</summary>
    public static PdfArray Build(PdfDocument document, TrueTypeFile font, IReadOnlyList<int> glyphs)
    {
        var w = new PdfArray(document);
        PdfArray? run = null;
        for (int i = 0; i < glyphs.Count; i++)
        {
            if (run is null || glyphs[i] != glyphs[i - 1] + 1)
            {
                run = new PdfArray(document);
                w.Elements.Add(new PdfInteger(glyphs[i]));
                w.Elements.Add(run);
            }

            run.Elements.Add(new PdfInteger(Scaled(font.AdvanceWidth(glyphs[i]), font)));
        }

        return w;
    }

    /// <summary>Font units to PDF glyph space (1000 per em).</summary>
    public static int Scaled(double value, TrueTypeFile font) => (int)Math.Round(value * 1000 / font.UnitsPerEm, MidpointRounding.AwayFromZero);
}
