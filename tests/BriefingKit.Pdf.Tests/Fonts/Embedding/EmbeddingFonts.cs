using BriefingKit.Pdf.Fonts;
using BriefingKit.Pdf.Fonts.Embedding;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using static System.Buffers.Binary.BinaryPrimitives;

namespace BriefingKit.Pdf.Tests.Fonts.Embedding;

/// <summary>Fonts for the embedding tests, and a little raw reading of TrueType files written by them.</summary>
internal static class EmbeddingFonts
{
    public const string NotoArabic = "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf";
    public const string DroidFallback = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
    public static readonly FontFace Sans = new(FontFamilyRole.Sans, false, false);

    public static byte[] DejaVuSansBytes() => FontLocator.ReadBundled("DejaVuSans.ttf");

    public static TrueTypeFile Read(byte[] bytes)
    {
        TrueTypeFile.TryRead(bytes, 0, out var font, out var problem).ShouldBeTrue(problem);
        return font!;
    }

    public static TrueTypeFile DejaVuSans() => Read(DejaVuSansBytes());

    /// <summary>
    /// DejaVu Sans as the font book found it (a system copy or the bundled one), read from the same file,
    /// so PDFsharp's glyph IDs and widths are those of the file read here.
    /// </summary>
    public static (FontBook Book, XFont XFont, TrueTypeFile Font) BookSans()
    {
        PdfSharpSetup.EnsureInitialized().ShouldBeNull();
        var book = FontBook.Load([], new DiagnosticBag("test.md"));
        string origin = book.Origins.Single(o => o.Face == Sans).Origin;
        var bytes = origin.StartsWith("bundled:", StringComparison.Ordinal) ? FontLocator.ReadBundled(origin["bundled:".Length..]) : File.ReadAllBytes(origin);
        return (book, book.GetFont(Sans, 10), Read(bytes));
    }

    public static int Glyph(XFont font, int codePoint) => GlyphHelper.GlyphIndexFromCodePoint(codePoint, font);

    /// <summary>Offset and length of each table in a single-font file's directory, in directory order.</summary>
    public static List<(string Tag, uint Checksum, int Offset, int Length)> Tables(byte[] font)
    {
        int count = ReadUInt16BigEndian(font.AsSpan(4));
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var r = font.AsSpan(12 + 16 * i, 16);
            return (System.Text.Encoding.ASCII.GetString(r[..4]), ReadUInt32BigEndian(r[4..]), (int)ReadUInt32BigEndian(r[8..]), (int)ReadUInt32BigEndian(r[12..]));
        })];
    }

    public static (int Offset, int Length) Table(byte[] font, string tag) =>
        Tables(font).Where(t => t.Tag == tag).Select(t => (t.Offset, t.Length)).Single();
}

/// <summary>A fact that needs a font file that may not be installed: skipped, saying which, when absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresFontFileFactAttribute : FactAttribute
{
    public RequiresFontFileFactAttribute(string path)
    {
        Path = path;
        if (!File.Exists(path))
        {
            Skip = $"needs {path} (apt-get install fonts-noto-core fonts-droid-fallback)";
        }
    }

    public string Path { get; }
}
