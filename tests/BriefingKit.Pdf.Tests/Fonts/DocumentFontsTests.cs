using BriefingKit.Pdf.Fonts;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace BriefingKit.Pdf.Tests.Fonts;

/// <summary>The fonts of one PDF: glyph IDs as PDFsharp's cmap gives them, and only what was drawn embedded.</summary>
public sealed class DocumentFontsTests
{
    static readonly FontFace Serif = new(FontFamilyRole.Serif, false, false);
    static readonly FontFace MonoItalic = new(FontFamilyRole.Mono, false, true);

    [Fact]
    public void Glyph_ids_are_pdfsharps_for_every_character_including_beyond_the_basic_plane()
    {
        using var book = Book();
        var fonts = new DocumentFonts(book);
        var glyphs = new List<ushort>();
        const string Text = "Zúñiga — ½ Ελλάδα 𝔸";

        fonts.Encode(new FontFace(FontFamilyRole.Sans, false, false), Text, glyphs);

        var font = book.GetFont(new FontFace(FontFamilyRole.Sans, false, false), 10);
        glyphs.ShouldBe(Text.EnumerateRunes().Select(r => GlyphHelper.GlyphIndexFromCodePoint(r.Value, font)));
        glyphs.ShouldAllBe(g => g != 0); // DejaVu Sans has every one of them
    }

    [Fact]
    public void Only_faces_that_drew_something_are_embedded_and_pages_name_the_ones_they_use()
    {
        using var book = Book();
        var fonts = new DocumentFonts(book);
        using var document = new PdfDocument();
        document.AddPage();
        document.AddPage();
        fonts.Encode(Serif, "Body text", []);
        fonts.Encode(MonoItalic, string.Empty, []); // asked, drew nothing

        fonts.Embed(document, [new HashSet<int> { FontBook.Slot(Serif) }, new HashSet<int>()]);

        document.PageCount.ShouldBe(2); // the scratch page used to create the font objects is gone
        var first = document.Pages[0].Resources.Elements.GetDictionary("/Font")!;
        first.Elements.Keys.ShouldBe([fonts.ResourceName(Serif)]);
        document.Pages[1].Resources.Elements.GetDictionary("/Font")!.Elements.Count.ShouldBe(0);
    }

    static FontBook Book()
    {
        PdfSharpSetup.EnsureInitialized().ShouldBeNull();
        return FontBook.Load([], new DiagnosticBag("test.md"));
    }
}
