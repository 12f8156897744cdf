using static System.Buffers.Binary.BinaryPrimitives;

namespace BriefingKit.Pdf.Fonts.Embedding;

/// <summary>
/// Subsets a TrueType font by glyph ID, keeping every ID where it was: a PDF content stream with
/// CIDToGIDMap /Identity addresses glyphs by their ID in this file, and shaped text (ligatures,
/// contextual forms) uses glyphs no cmap reaches. Unused glyphs stay in the font as empty outlines, and
/// only the tables a PDF TrueType program needs are kept (PDF 32000-1 §9.9); no cmap is needed with
/// Identity CID-to-glyph mapping.
/// </summary>
internal static class TrueTypeSubsetter
{
    const int IndexToLocFormatOffset = 50; // in head
    const int NumberOfHMetricsOffset = 34; // in hhea
    const int MaxShortGlyf = 0x1FFFE;      // short loca stores offset / 2 in 16 bits

    static readonly string[] Copied = ["maxp", "cvt ", "fpgm", "prep"];

    public static byte[] Subset(TrueTypeFile font, IEnumerable<int> glyphs)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(glyphs);
        var kept = GlyphClosure.Of(font, glyphs);
        var (glyf, offsets) = Glyf(font, kept);
        bool longLoca = glyf.Length > MaxShortGlyf;

        var head = font.Table("head").ToArray();
        WriteInt16BigEndian(head.AsSpan(IndexToLocFormatOffset), (short)(longLoca ? 1 : 0));
        // hhea as read, but for a metrics count larger than the glyph count, which hmtx is cut to.
        var hhea = font.Table("hhea").ToArray();
        WriteUInt16BigEndian(hhea.AsSpan(NumberOfHMetricsOffset), (ushort)font.NumberOfHMetrics);
        var tables = new List<(string, byte[])>
        {
            ("head", head),
            ("hhea", hhea),
            ("glyf", glyf),
            ("loca", Loca(offsets, longLoca)),
            ("hmtx", Hmtx(font, kept)),
        };
        tables.AddRange(Copied.Where(font.HasTable).Select(tag => (tag, font.Table(tag).ToArray())));
        return SfntWriter.Write(tables);
    }

    /// <summary>Kept glyphs' bytes as they were, each padded to 4 bytes; the others empty.</summary>
    static (byte[] Glyf, int[] Offsets) Glyf(TrueTypeFile font, bool[] kept)
    {
        var offsets = new int[font.GlyphCount + 1];
        int length = 0;
        for (int g = 0; g < font.GlyphCount; g++)
        {
            offsets[g] = length;
            length += kept[g] ? SfntWriter.Padded(font.GlyphData(g).Length) : 0;
        }

        offsets[font.GlyphCount] = length;
        var glyf = new byte[length];
        for (int g = 0; g < font.GlyphCount; g++)
        {
            if (kept[g])
            {
                font.GlyphData(g).CopyTo(glyf.AsSpan(offsets[g]));
            }
        }

        return (glyf, offsets);
    }

    static byte[] Loca(int[] offsets, bool longFormat)
    {
        var loca = new byte[offsets.Length * (longFormat ? 4 : 2)];
        for (int i = 0; i < offsets.Length; i++)
        {
            if (longFormat)
            {
                WriteUInt32BigEndian(loca.AsSpan(4 * i), (uint)offsets[i]);
            }
            else
            {
                WriteUInt16BigEndian(loca.AsSpan(2 * i), (ushort)(offsets[i] / 2));
            }
        }

        return loca;
    }

    /// <summary>
    /// The metrics of kept glyphs; the others zeroed, which deflate all but removes. The last full entry
    /// stays: every glyph after it shares its advance.
    /// </summary>
    static byte[] Hmtx(TrueTypeFile font, bool[] kept)
    {
        int metrics = font.NumberOfHMetrics;
        var hmtx = font.Table("hmtx")[..(4 * metrics + 2 * (font.GlyphCount - metrics))].ToArray();
        for (int g = 0; g < font.GlyphCount; g++)
        {
            if (!kept[g] && g != metrics - 1)
            {
                hmtx.AsSpan(g < metrics ? 4 * g : 4 * metrics + 2 * (g - metrics), g < metrics ? 4 : 2).Clear();
            }
        }

        return hmtx;
    }
}
