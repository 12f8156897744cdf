using BriefingKit.Pdf.Fonts;
using PdfSharp.Fonts;

namespace BriefingKit.Pdf.Tests.Fonts;

public sealed class FontTests
{
    [Fact]
    public void Installing_the_resolver_is_idempotent_and_thread_safe()
    {
        var results = new (string, string)?[16];
        Parallel.For(0, results.Length, i => results[i] = PdfSharpSetup.EnsureInitialized());

        results.ShouldAllBe(r => r == null);
        (GlobalFontSettings.FontResolver == BriefingFontResolver.Instance || GlobalFontSettings.FallbackFontResolver == BriefingFontResolver.Instance).ShouldBeTrue();
    }

    [Fact]
    public void Faces_are_registered_under_a_name_derived_from_their_bytes()
    {
        var bytes = FontLocator.ReadBundled("DejaVuSans.ttf");

        string name = LoadedFont.Bundled("DejaVuSans.ttf").Family;

        name.ShouldStartWith("BK-");
        name.ShouldBe("BK-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes), 0, 10));
        BriefingFontResolver.Instance.GetFont(name).ShouldBe(bytes);
        BriefingFontResolver.Instance.ResolveTypeface("Arial", false, false).ShouldBeNull();
    }

    [Fact]
    public void A_font_file_is_read_once_until_it_changes()
    {
        string folder = Directory.CreateTempSubdirectory("briefingkit-font-").FullName;
        try
        {
            string path = Path.Combine(folder, "DejaVuSerif.ttf");
            File.WriteAllBytes(path, FontLocator.ReadBundled("DejaVuSerif.ttf"));
            var first = LoadedFont.File(path);

            LoadedFont.File(path).ShouldBeSameAs(first);

            File.WriteAllBytes(path, FontLocator.ReadBundled("DejaVuSans.ttf"));
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
            var replaced = LoadedFont.File(path);
            replaced.ShouldNotBeSameAs(first);
            replaced.Family.ShouldNotBe(first.Family);
            replaced.Bytes.ShouldBe(FontLocator.ReadBundled("DejaVuSans.ttf"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_face_is_bundled_as_a_last_resort()
    {
        foreach (var face in FontFace.All)
        {
            FontLocator.ReadBundled(face.FileName).Length.ShouldBeGreaterThan(100_000, face.FileName);
        }
    }

    [Fact]
    public void Coverage_is_read_from_the_cmap_table()
    {
        var serif = GlyphCoverage.Read(FontLocator.ReadBundled("DejaVuSerif.ttf"));

        serif.Contains('A').ShouldBeTrue();
        serif.Contains('ó').ShouldBeTrue();
        serif.Contains('½').ShouldBeTrue();
        serif.Contains('\u201C').ShouldBeTrue();
        serif.Contains(0x4E2D).ShouldBeFalse();
    }

    [Fact]
    public void Configured_folders_win_over_system_folders()
    {
        string folder = Path.Combine(Path.GetTempPath(), "briefingkit-fonts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "DejaVuSans.ttf"), FontLocator.ReadBundled("DejaVuSans.ttf"));
            var diagnostics = new DiagnosticBag("test.md");
            using var book = FontBook.Load([folder], diagnostics);

            book.Origins.Single(o => o.Face == new FontFace(FontFamilyRole.Sans, false, false)).Origin
                .ShouldBe(Path.Combine(folder, "DejaVuSans.ttf"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
