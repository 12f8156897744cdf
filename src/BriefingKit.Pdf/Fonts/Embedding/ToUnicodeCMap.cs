using System.Globalization;
using System.Text;

namespace BriefingKit.Pdf.Fonts.Embedding;

/// <summary>
/// The /ToUnicode CMap program of an Identity-H font: each glyph ID (the 2-byte code) mapped to the
/// text it stands for as UTF-16BE, so text extraction and search get characters back from shaped
/// glyphs. bfchar rather than bfrange because a shaped run's glyph IDs rarely map to consecutive
/// characters; blocks hold at most 100 entries, as PDF 32000-1 §9.10.3 requires.
/// </summary>
internal static class ToUnicodeCMap
{
    const int BlockSize = 100;

    /// <param name="glyphText">Glyph ID → text, in glyph ID order; empty texts are left out.</param>
    public static byte[] Build(IEnumerable<(int Glyph, string Text)> glyphText)
    {
        var entries = glyphText.Where(e => e.Text.Length > 0).ToList();
        var cmap = new StringBuilder();
        cmap.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var block in entries.Chunk(BlockSize))
        {
            cmap.Append(CultureInfo.InvariantCulture, $"{block.Length} beginbfchar\n");
            foreach (var (glyph, text) in block)
            {
                cmap.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <");
                foreach (char c in text)
                {
                    cmap.Append(CultureInfo.InvariantCulture, $"{(int)c:X4}"); // UTF-16 code units, surrogate pairs included
                }

                cmap.Append(">\n");
            }

            cmap.Append("endbfchar\n");
        }

        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(cmap.ToString());
    }
}
