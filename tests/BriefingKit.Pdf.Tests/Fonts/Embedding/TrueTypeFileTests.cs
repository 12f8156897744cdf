using BriefingKit.Pdf.Fonts.Embedding;
using static System.Buffers.Binary.BinaryPrimitives;
using static BriefingKit.Pdf.Tests.Fonts.Embedding.EmbeddingFonts;

namespace BriefingKit.Pdf.Tests.Fonts.Embedding;

/// <summary>Reading TrueType fonts: metrics as PDFsharp sees them, and bad files refused with a reason.</summary>
public sealed class TrueTypeFileTests
{
    [Fact]
    public void Reads_DejaVu_Sans()
    {
        var font = DejaVuSans();

        font.GlyphCount.ShouldBeGreaterThan(5000);
        font.UnitsPerEm.ShouldBe(2048);
        font.PostScriptName.ShouldBe("DejaVuSans");
        font.Ascent.ShouldBeGreaterThan(0);
        font.Descent.ShouldBeLessThan(0);
        font.CapHeight.ShouldBeInRange(1, font.Ascent);
        font.BoundingBox.XMax.ShouldBeGreaterThan(font.BoundingBox.XMin);
        font.IsItalic.ShouldBeFalse();
        font.IsFixedPitch.ShouldBeFalse();
    }

    [Theory]
    [InlineData("DejaVuSans-BoldOblique.ttf", "DejaVuSans-BoldOblique", true, false)]
    [InlineData("DejaVuSansMono.ttf", "DejaVuSansMono", false, true)]
    [InlineData("DejaVuSerif-Italic.ttf", "DejaVuSerif-Italic", true, false)]
    public void Reads_the_other_bundled_faces(string file, string postScriptName, bool italic, bool fixedPitch)
    {
        var font = Read(BriefingKit.Pdf.Fonts.FontLocator.ReadBundled(file));

        font.PostScriptName.ShouldBe(postScriptName);
        font.IsItalic.ShouldBe(italic);
        font.IsFixedPitch.ShouldBe(fixedPitch);
        (font.ItalicAngle < 0).ShouldBe(italic);
    }

    [Fact]
    public void Advance_widths_are_pdfsharps()
    {
        var (book, xfont, font) = BookSans();
        using (book)
        {
            foreach (string text in (string[])["A", "i", "W", " ", "é", "ﬁ", "Ж"])
            {
                int glyph = Glyph(xfont, char.ConvertToUtf32(text, 0));
                glyph.ShouldNotBe(0, text);
                font.AdvanceWidth(glyph).ShouldBe((int)Math.Round(book.Width(text, Sans, font.UnitsPerEm)), text);
            }
        }
    }

    [Fact]
    public void Glyphs_outside_the_font_have_no_advance_and_no_data()
    {
        var font = DejaVuSans();

        font.AdvanceWidth(font.GlyphCount).ShouldBe(0);
        font.AdvanceWidth(-1).ShouldBe(0);
        font.GlyphData(font.GlyphCount).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Refuses_cff_outlines_with_a_reason()
    {
        var otto = new byte[64];
        "OTTO"u8.CopyTo(otto);

        TrueTypeFile.TryRead(otto, 0, out var font, out var problem).ShouldBeFalse();

        font.ShouldBeNull();
        problem.ShouldNotBeNull().ShouldContain("CFF");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(100)]
    [InlineData(5000)]
    [InlineData(400_000)]
    public void Refuses_truncated_files_with_a_reason(int length)
    {
        var bytes = DejaVuSansBytes()[..length];

        TrueTypeFile.TryRead(bytes, 0, out var font, out var problem).ShouldBeFalse();

        font.ShouldBeNull();
        problem.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Refuses_a_file_that_is_not_a_font_and_one_without_outlines()
    {
        TrueTypeFile.TryRead(System.Text.Encoding.ASCII.GetBytes("%PDF-1.7 certainly not a font"), 0, out _, out var notFont).ShouldBeFalse();
        notFont.ShouldBe("the file is not a TrueType font");

        var bytes = DejaVuSansBytes();
        var glyf = Tables(bytes).FindIndex(t => t.Tag == "glyf");
        "gly_"u8.CopyTo(bytes.AsSpan(12 + 16 * glyf)); // the table is still there, but under another tag
        TrueTypeFile.TryRead(bytes, 0, out _, out var noGlyf).ShouldBeFalse();
        noGlyf.ShouldBe("the font has no 'glyf' table");
    }

    [Fact]
    public void Reads_a_face_of_a_collection()
    {
        var collection = Collection(DejaVuSansBytes());

        TrueTypeFile.TryRead(collection, 0, out var font, out _).ShouldBeTrue();
        font!.PostScriptName.ShouldBe("DejaVuSans");
        font.GlyphData(36).ToArray().ShouldBe(DejaVuSans().GlyphData(36).ToArray());

        TrueTypeFile.TryRead(collection, 1, out _, out var problem).ShouldBeFalse();
        problem.ShouldBe("the collection has 1 faces; face 1 does not exist");
        TrueTypeFile.TryRead(DejaVuSansBytes(), 1, out _, out _).ShouldBeFalse();
    }

    [RequiresFontFileFact(NotoArabic)]
    public void Reads_Noto_Sans_Arabic()
    {
        var font = Read(File.ReadAllBytes(NotoArabic));

        font.PostScriptName.ShouldBe("NotoSansArabic-Regular");
        font.UnitsPerEm.ShouldBe(1000);
        font.GlyphCount.ShouldBeGreaterThan(1000);
    }

    [RequiresFontFileFact(DroidFallback)]
    public void Reads_Droid_Sans_Fallback()
    {
        var font = Read(File.ReadAllBytes(DroidFallback));

        font.PostScriptName.ShouldBe("DroidSansFallback");
        font.GlyphCount.ShouldBeGreaterThan(20000);
    }

    /// <summary>A one-face .ttc around a font: its tables move 16 bytes on, and offsets count from the file start.</summary>
    static byte[] Collection(byte[] font)
    {
        const int Header = 16;
        var ttc = new byte[Header + font.Length];
        "ttcf"u8.CopyTo(ttc);
        WriteUInt32BigEndian(ttc.AsSpan(4), 0x00010000);
        WriteUInt32BigEndian(ttc.AsSpan(8), 1);
        WriteUInt32BigEndian(ttc.AsSpan(12), Header);
        font.CopyTo(ttc, Header);
        for (int i = 0; i < Tables(font).Count; i++)
        {
            var offset = ttc.AsSpan(Header + 12 + 16 * i + 8, 4);
            WriteUInt32BigEndian(offset, ReadUInt32BigEndian(offset) + Header);
        }

        return ttc;
    }
}
