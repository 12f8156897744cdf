using System.Text;
using BriefingKit.Pdf.Determinism;
using BriefingKit.Pdf.Fonts.Embedding;
using BriefingKit.Pdf.Tests.Support;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using static BriefingKit.Pdf.Tests.Fonts.Embedding.EmbeddingFonts;

namespace BriefingKit.Pdf.Tests.Fonts.Embedding;

/// <summary>
/// Fonts embedded by glyph ID: the objects written, and what PDF tools make of a page drawn with them,
/// through the same finishing (subset tags, compression) as a rendered briefing.
/// </summary>
public sealed class CidFontEmbedderTests
{
    const string Text = "Hello ﬁnd 𝔸"; // the ligature glyph stands for "fi", 𝔸 is beyond the BMP
    static readonly DateTimeOffset Epoch = DateTimeOffset.UnixEpoch;

    [Fact]
    public void Writes_a_type0_font_over_an_identity_cid_font_with_its_subset_widths_and_text()
    {
        var (book, xfont, font) = BookSans();
        using var _ = book;
        using var document = new PdfDocument();
        var glyphText = GlyphText(xfont);
        int unmapped = Glyph(xfont, 'Q');
        glyphText[unmapped] = "";

        var type0 = CidFontEmbedder.Embed(document, font, glyphText);

        type0.Reference.ShouldNotBeNull();
        type0.Elements.GetName("/Subtype").ShouldBe("/Type0");
        type0.Elements.GetName("/Encoding").ShouldBe("/Identity-H");
        type0.Elements.GetName("/BaseFont").ShouldBe("/AAAAAA+DejaVuSans");
        var cid = (PdfDictionary)((PdfReference)type0.Elements.GetArray("/DescendantFonts")!.Elements[0]).Value;
        cid.Elements.GetName("/Subtype").ShouldBe("/CIDFontType2");
        cid.Elements.GetName("/CIDToGIDMap").ShouldBe("/Identity");
        cid.Elements.GetDictionary("/CIDSystemInfo")!.Elements.GetString("/Ordering").ShouldBe("Identity");
        var descriptor = (PdfDictionary)cid.Elements.GetReference("/FontDescriptor")!.Value;
        descriptor.Elements.GetName("/FontName").ShouldBe("/AAAAAA+DejaVuSans");
        descriptor.Elements.GetInteger("/Flags").ShouldBe(4);
        descriptor.Elements.GetInteger("/Ascent").ShouldBe((int)Math.Round(font.Ascent * 1000.0 / 2048));
        var fontFile = (PdfDictionary)descriptor.Elements.GetReference("/FontFile2")!.Value;
        fontFile.Stream.Value.ShouldBe(TrueTypeSubsetter.Subset(font, glyphText.Keys));
        fontFile.Elements.GetInteger("/Length1").ShouldBe(fontFile.Stream.Length);
        fontFile.Elements.ContainsKey("/Filter").ShouldBeFalse(); // the finisher compresses it

        Widths(cid.Elements.GetArray("/W")!).ShouldBe(glyphText.Keys.Order().Select(g => (g, (int)Math.Round(font.AdvanceWidth(g) * 1000.0 / 2048))));
        string cmap = Encoding.ASCII.GetString(((PdfDictionary)type0.Elements.GetReference("/ToUnicode")!.Value).Stream.Value);
        cmap.ShouldContain("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange");
        cmap.ShouldContain($"<{Glyph(xfont, 'ﬁ'):X4}> <00660069>\n");
        cmap.ShouldContain($"<{Glyph(xfont, 0x1D538):X4}> <D835DD38>\n");
        cmap.ShouldNotContain($"<{unmapped:X4}>");
        cmap.ShouldContain($"{glyphText.Count - 1} beginbfchar");
    }

    [Fact]
    public void Widths_are_written_in_runs_of_consecutive_glyphs()
    {
        var font = DejaVuSans();
        using var document = new PdfDocument();

        var w = CidWidths.Build(document, font, [36, 37, 38, 50, 52, 53]);

        w.Elements.Count.ShouldBe(6);
        w.Elements[0].ShouldBeOfType<PdfInteger>().Value.ShouldBe(36);
        w.Elements[1].ShouldBeOfType<PdfArray>().Elements.Count.ShouldBe(3);
        w.Elements[2].ShouldBeOfType<PdfInteger>().Value.ShouldBe(50);
        w.Elements[5].ShouldBeOfType<PdfArray>().Elements.Count.ShouldBe(2);
    }

    [Fact]
    public void Cmap_blocks_hold_at_most_a_hundred_entries_in_glyph_order()
    {
        string cmap = Encoding.ASCII.GetString(ToUnicodeCMap.Build(Enumerable.Range(1, 250).Select(g => (g, "x"))));

        cmap.ShouldContain("100 beginbfchar\n<0001> <0078>\n");
        cmap.ShouldContain("50 beginbfchar\n<00C9> <0078>\n");
        cmap.Split("endbfchar").Length.ShouldBe(4);
        cmap.ShouldEndWith("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    }

    [Fact]
    public void Finishing_renames_the_subset_tag_everywhere_and_compresses_the_streams_deterministically()
    {
        var (book, xfont, font) = BookSans();
        using var _ = book;

        var pdf = Pdf(font, GlyphText(xfont), Hex(xfont, Text));
        string text = PdfBytes.Latin1(pdf);

        text.ShouldNotContain("AAAAAA+");
        var names = System.Text.RegularExpressions.Regex.Matches(text, @"/([A-Z]{6})\+DejaVuSans").Select(m => m.Groups[1].Value).ToList();
        names.Count.ShouldBe(3); // Type0, CIDFont, FontName
        names.Distinct().Count().ShouldBe(1);
        var streams = PdfBytes.FlateStreams(pdf).Select(PdfBytes.Inflate).ToList();
        var subset = TrueTypeSubsetter.Subset(font, GlyphText(xfont).Keys);
        streams.Any(s => s.SequenceEqual(subset)).ShouldBeTrue();
        streams.ShouldContain(s => Encoding.ASCII.GetString(s).Contains("beginbfchar", StringComparison.Ordinal));
        Pdf(font, GlyphText(xfont), Hex(xfont, Text)).ShouldBe(pdf);
    }

    [RequiresToolFact("qpdf")]
    public void Qpdf_finds_nothing_wrong()
    {
        var (book, xfont, font) = BookSans();
        using var _ = book;
        using var file = new TempPdf(Pdf(font, GlyphText(xfont), Hex(xfont, Text)));

        var (exit, output, error) = ExternalTool.Run("qpdf", "--check", file.Path);

        exit.ShouldBe(0, output + error);
        output.ShouldContain("No syntax or stream encoding errors found");
    }

    [RequiresToolFact("pdftotext")]
    public void Pdftotext_gets_the_text_back_including_ligatures_and_supplementary_characters()
    {
        var (book, xfont, font) = BookSans();
        using var _ = book;
        using var file = new TempPdf(Pdf(font, GlyphText(xfont), Hex(xfont, Text)));

        var (exit, output, error) = ExternalTool.Run("pdftotext", "-enc", "UTF-8", file.Path, "-");

        exit.ShouldBe(0, error);
        output.Trim().ShouldBe("Hello find 𝔸");
    }

    [RequiresToolFact("pdffonts")]
    public void Pdffonts_lists_an_embedded_subset_cid_truetype_font_with_a_unicode_map()
    {
        var (book, xfont, font) = BookSans();
        using var _ = book;
        using var file = new TempPdf(Pdf(font, GlyphText(xfont), Hex(xfont, Text)));

        var (exit, output, error) = ExternalTool.Run("pdffonts", file.Path);

        exit.ShouldBe(0, error);
        var line = output.Split('\n').Single(l => l.Contains("+DejaVuSans", StringComparison.Ordinal));
        line.ShouldMatch(@"^[A-Z]{6}\+DejaVuSans\s+CID TrueType\s+Identity-H\s+yes yes yes\s");
    }

    [RequiresFontFileFact(NotoArabic)]
    public void Embeds_glyphs_of_Noto_Sans_Arabic_that_no_cmap_reaches()
    {
        var font = Read(File.ReadAllBytes(NotoArabic));
        var glyphText = Enumerable.Range(0, 12).ToDictionary(i => font.GlyphCount - 1 - i, i => ((char)('\u0628' + i)).ToString());

        var pdf = Pdf(font, glyphText, string.Concat(glyphText.Keys.Select(g => g.ToString("X4", System.Globalization.CultureInfo.InvariantCulture))));

        PdfBytes.Latin1(pdf).ShouldContain("+NotoSansArabic-Regular");
        if (ExternalTool.Find("qpdf") is not null)
        {
            using var file = new TempPdf(pdf);
            var (exit, output, error) = ExternalTool.Run("qpdf", "--check", file.Path);
            exit.ShouldBe(0, output + error);
        }
    }

    static Dictionary<int, string> GlyphText(XFont font) =>
        Text.EnumerateRunes().Distinct().ToDictionary(r => Glyph(font, r.Value), r => r.Value == 0xFB01 ? "fi" : r.ToString());

    static string Hex(XFont font, string text) => string.Concat(text.EnumerateRunes().Select(r => Glyph(font, r.Value).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>A one-page PDF showing <paramref name="glyphHex"/> in the embedded font, finished as briefings are.</summary>
    static byte[] Pdf(TrueTypeFile font, Dictionary<int, string> glyphText, string glyphHex)
    {
        BriefingKit.Pdf.Fonts.PdfSharpSetup.EnsureInitialized().ShouldBeNull();
        using var document = new PdfDocument();
        var page = document.AddPage();
        var fonts = new PdfDictionary(document);
        fonts.Elements["/S1"] = CidFontEmbedder.Embed(document, font, glyphText).Reference!;
        page.Resources.Elements["/Font"] = fonts;
        page.Contents.AppendContent().CreateStream(Encoding.ASCII.GetBytes($"BT /S1 12 Tf 72 720 Td <{glyphHex}> Tj ET"));
        var identity = DocumentIdentity.Compute("embedding", new PdfBriefingOptions(), Epoch, []);
        return [.. PdfFinisher.Finish(document, identity, Epoch, new PdfMetadataValues("Embedding", null, null, null, "tests"))];
    }

    static IEnumerable<(int Glyph, int Width)> Widths(PdfArray w)
    {
        for (int i = 0; i < w.Elements.Count; i += 2)
        {
            int first = ((PdfInteger)w.Elements[i]).Value;
            var run = (PdfArray)w.Elements[i + 1];
            for (int j = 0; j < run.Elements.Count; j++)
            {
                yield return (first + j, ((PdfInteger)run.Elements[j]).Value);
            }
        }
    }
}
