using BriefingKit.Pdf.Fonts;
using BriefingKit.Pdf.Fonts.Embedding;
using BriefingKit.Pdf.Tests.Fonts.Embedding;
using BriefingKit.Pdf.Tests.Support;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace BriefingKit.Pdf.Tests.Fonts;

/// <summary>The DejaVu faces are embedded with every glyph a drawn glyph is built from.</summary>
public sealed class BookFaceEmbeddingTests
{
    [Fact]
    public void A_letter_built_from_a_built_letter_keeps_all_its_outlines()
    {
        // DejaVu Serif's 'έ' is an accent over 'ε', itself a composite; no other 'ε' is drawn here.
        using var doc = PdfReader.Open(new MemoryStream(Samples.Render(Samples.Briefing_With("Ελένη.\n"))), PdfDocumentOpenMode.Import);
        var subset = EmbeddedProgram(doc, "DejaVuSerif");

        PdfSharpSetup.EnsureInitialized().ShouldBeNull();
        var serif = new FontFace(FontFamilyRole.Serif, false, false);
        using var book = FontBook.Load([], new DiagnosticBag("test.md"));
        var original = book.FileOf(serif).Embeddable!; // the file the render used (system or bundled)
        int accented = EmbeddingFonts.Glyph(book.GetFont(serif, 10), 'έ');
        var needed = GlyphClosure.Of(original, [accented]);
        needed.Count(n => n).ShouldBeGreaterThan(2); // the letter, its two components and what they are built from
        for (int glyph = 1; glyph < needed.Length; glyph++)
        {
            if (needed[glyph])
            {
                subset.GlyphData(glyph).Length.ShouldBe(original.GlyphData(glyph).Length, $"glyph {glyph}");
            }
        }
    }

    static TrueTypeFile EmbeddedProgram(PdfDocument doc, string postScriptName)
    {
        foreach (var item in doc.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            if (item.Elements.GetName("/Type") == "/FontDescriptor" && item.Elements.GetName("/FontName").EndsWith("+" + postScriptName, StringComparison.Ordinal))
            {
                var program = (PdfDictionary)((PdfReference)item.Elements["/FontFile2"]!).Value;
                return EmbeddingFonts.Read(program.Stream!.UnfilteredValue);
            }
        }

        throw new InvalidOperationException($"{postScriptName} is not embedded");
    }
}
