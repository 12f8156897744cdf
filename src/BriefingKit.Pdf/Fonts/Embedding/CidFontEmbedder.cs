using PdfSharp.Pdf;

namespace BriefingKit.Pdf.Fonts.Embedding;

/// <summary>
/// Embeds a subset of a TrueType font as a Type0 font with Identity-H encoding over one CIDFontType2
/// with CIDToGIDMap /Identity: a content stream's 2-byte codes are glyph IDs, so shaped glyphs that no
/// cmap reaches can be drawn, and a /ToUnicode CMap gives their text back.
/// <para>
/// Written, in this order, as indirect objects: the FontFile2 stream (the subset, /Length1), the
/// ToUnicode stream, the FontDescriptor, the CIDFont and the Type0 font. The streams are left without a
/// filter, like the font streams PDFsharp writes under <see cref="Determinism.PdfFinisher"/> (which
/// saves with NoCompression): <see cref="Determinism.StreamDeflater"/> compresses every unfiltered
/// stream of the saved file with a complete zlib container, deterministically and in parallel. The
/// BaseFont's placeholder tag "AAAAAA" is replaced by <see cref="Determinism.SubsetTags"/>, which
/// renames the Type0 font, its CIDFont and the descriptor's FontName together.
/// </para>
/// </summary>
internal static class CidFontEmbedder
{
    const string PlaceholderTag = "AAAAAA+";

    // PDF 32000-1 §9.8.2 font flags (bit positions 1, 3, 7). Symbolic: the glyphs are not addressed
    // through a standard Latin character set, the safe choice for Identity-H CID fonts.
    const int FixedPitch = 1 << 0, Symbolic = 1 << 2, Italic = 1 << 6;

    public static PdfDictionary Embed(PdfDocument document, TrueTypeFile font, IReadOnlyDictionary<int, string> glyphText)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(glyphText);
        var glyphs = glyphText.Keys.Where(g => g >= 0 && g < font.GlyphCount).Order().ToList();
        string baseFont = "/" + PlaceholderTag + font.PostScriptName;

        var fontFile = Stream(document, TrueTypeSubsetter.Subset(font, glyphs));
        fontFile.Elements.SetInteger("/Length1", fontFile.Stream.Length);
        var toUnicode = Stream(document, ToUnicodeCMap.Build(glyphs.Select(g => (g, glyphText[g]))));
        var descriptor = Indirect(document, Descriptor(document, font, baseFont, fontFile));

        var cidFont = new PdfDictionary(document);
        cidFont.Elements.SetName("/Type", "/Font");
        cidFont.Elements.SetName("/Subtype", "/CIDFontType2");
        cidFont.Elements.SetName("/BaseFont", baseFont);
        cidFont.Elements["/CIDSystemInfo"] = SystemInfo(document);
        cidFont.Elements.SetReference("/FontDescriptor", descriptor);
        cidFont.Elements["/W"] = CidWidths.Build(document, font, glyphs);
        cidFont.Elements.SetName("/CIDToGIDMap", "/Identity");
        Indirect(document, cidFont);

        var type0 = new PdfDictionary(document);
        type0.Elements.SetName("/Type", "/Font");
        type0.Elements.SetName("/Subtype", "/Type0");
        type0.Elements.SetName("/BaseFont", baseFont);
        type0.Elements.SetName("/Encoding", "/Identity-H");
        type0.Elements["/DescendantFonts"] = new PdfArray(document, cidFont.Reference!);
        type0.Elements.SetReference("/ToUnicode", toUnicode);
        return Indirect(document, type0);
    }

    static PdfDictionary Descriptor(PdfDocument document, TrueTypeFile font, string baseFont, PdfDictionary fontFile)
    {
        int Scale(double v) => CidWidths.Scaled(v, font);
        var (xMin, yMin, xMax, yMax) = font.BoundingBox;
        var descriptor = new PdfDictionary(document);
        descriptor.Elements.SetName("/Type", "/FontDescriptor");
        descriptor.Elements.SetName("/FontName", baseFont);
        descriptor.Elements.SetInteger("/Flags", Symbolic | (font.IsFixedPitch ? FixedPitch : 0) | (font.IsItalic ? Italic : 0));
        descriptor.Elements["/FontBBox"] = new PdfArray(document, new PdfInteger(Scale(xMin)), new PdfInteger(Scale(yMin)), new PdfInteger(Scale(xMax)), new PdfInteger(Scale(yMax)));
        descriptor.Elements["/ItalicAngle"] = new PdfReal(Math.Round(font.ItalicAngle, 2));
        descriptor.Elements.SetInteger("/Ascent", Scale(font.Ascent));
        descriptor.Elements.SetInteger("/Descent", Scale(font.Descent));
        descriptor.Elements.SetInteger("/CapHeight", Scale(font.CapHeight));
        descriptor.Elements.SetInteger("/StemV", StemV(font.WeightClass));
        descriptor.Elements.SetReference("/FontFile2", fontFile);
        return descriptor;
    }

    /// <summary>
    /// TrueType fonts do not record a stem width; viewers use StemV only to synthesise a substitute, so
    /// an estimate from the weight class is enough (about 95 regular, 168 bold).
    /// </summary>
    static int StemV(int weightClass) => 10 + 220 * (Math.Max(weightClass, 50) - 50) / 900;

    static PdfDictionary SystemInfo(PdfDocument document)
    {
        var info = new PdfDictionary(document);
        info.Elements.SetString("/Registry", "Adobe");
        info.Elements.SetString("/Ordering", "Identity");
        info.Elements.SetInteger("/Supplement", 0);
        return info;
    }

    static PdfDictionary Stream(PdfDocument document, byte[] data)
    {
        var stream = new PdfDictionary(document);
        stream.CreateStream(data);
        return Indirect(document, stream);
    }

    static PdfDictionary Indirect(PdfDocument document, PdfDictionary dictionary)
    {
        document.Internals.AddObject(dictionary);
        return dictionary;
    }
}
