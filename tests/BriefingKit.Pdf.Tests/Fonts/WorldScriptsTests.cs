using BriefingKit.Pdf.Tests.Support;

namespace BriefingKit.Pdf.Tests.Fonts;

/// <summary>
/// Names in their own scripts, end to end: every glyph printed from the Debian fallback fonts, right-to-left
/// and shaped text extracted in reading order, and any text at all laid out without failing.
/// </summary>
public sealed class WorldScriptsTests
{
    // Fictional names; each script once, some inside English sentences as a briefing has them.
    static readonly (string Script, string Name)[] Names =
    [
        ("Chinese", "王丽华"), ("Japanese", "佐藤はるか"), ("Korean", "김민준"), ("Arabic", "ليلى حداد"),
        ("Persian", "پریسا رضایی"), ("Hebrew", "נועה כהן"), ("Devanagari", "अनन्या क्षत्रिय"), ("Bengali", "অনিক রায়"),
        ("Tamil", "கவிதா ராமன்"), ("Thai", "สมชาย ใจดี"), ("Georgian", "ნინო ბერიძე"), ("Armenian", "Անի Պետրոսյան"),
        ("Greek", "Ελένη Παππά"), ("Mro", "\U00016A40\U00016A41\U00016A42"), ("Cyrillic", "Олена Коваленко"),
    ];

    static string Body => string.Concat(Names.Select(n => $"- {n.Script}: the envoy {n.Name} spoke on 3 May.\n"))
        + "\nThe minister said \"ليلى حداد ستزور في 2024\" and left.\n\n## 王丽华 and נועה כהן\n\n| Name | Script |\n| --- | --- |\n"
        + string.Concat(Names.Take(6).Select(n => $"| {n.Name} | {n.Script} |\n"));

    [RequiresWorldFontsFact]
    public void Every_glyph_is_printed_from_a_fallback_font()
    {
        using var stream = new MemoryStream();
        var result = PdfBriefingRenderer.Render(Samples.Briefing_With(Body), Samples.Options, stream);

        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.Where(d => d.Code == "BK6001").ShouldBeEmpty();
    }

    [RequiresWorldFontsFact("pdftotext", "pdffonts")]
    public void Names_extract_in_reading_order_and_their_fonts_are_embedded()
    {
        using var pdf = new TempPdf(Samples.Render(Samples.Briefing_With(Body)));

        var (_, text, _) = ExternalTool.Run("pdftotext", "-enc", "UTF-8", pdf.Path, "-");
        foreach (var (script, name) in Names)
        {
            text.ShouldContain(name, customMessage: $"{script} name as extracted");
        }

        // pdftotext keeps a number inside right-to-left text where it stands on the page (before the words it
        // follows in reading order), so the sentence is checked in two parts.
        text.ShouldContain("ليلى حداد ستزور في");
        text.ShouldContain("2024");
        var (_, fonts, _) = ExternalTool.Run("pdffonts", pdf.Path);
        foreach (string family in new[] { "NotoSansArabic", "NotoSansHebrew", "NotoSansDevanagari", "NotoSansThai", "DroidSansFallback" })
        {
            fonts.ShouldContain(family);
        }
    }

    [Fact]
    public void Random_unicode_text_of_any_length_always_lays_out()
    {
        var random = new Random(18);
        string[] pools = [.. Names.Select(n => n.Name), "\u0301\u064B\u05B8", "\u200D\u200F\u202E", "https://example.org/", "\uD800", "\t", " "];
        for (int round = 0; round < 12; round++)
        {
            var text = new System.Text.StringBuilder();
            int length = random.Next(1, round < 6 ? 300 : 5000);
            while (text.Length < length)
            {
                text.Append(random.Next(3) switch
                {
                    0 => pools[random.Next(pools.Length)],
                    1 => char.ConvertFromUtf32(RandomCodePoint(random)),
                    _ => " ",
                });
            }

            string s = text.ToString().Replace("|", "", StringComparison.Ordinal);
            string markdown = Samples.Briefing_With($"## {s[..Math.Min(s.Length, 400)]}\n\n{s}\n\n| {s[..Math.Min(s.Length, 900)]} | b |\n| --- | --- |\n| c | {s} |\n");

            using var stream = new MemoryStream();
            var result = PdfBriefingRenderer.Render(markdown, Samples.Options, stream);

            result.Diagnostics.Where(d => d.Severity == BriefingKit.Schema.Diagnostics.Severity.Error).ShouldBeEmpty($"round {round}");
            stream.Length.ShouldBeGreaterThan(0);
        }
    }

    // Any scalar value, weighted towards the blocks where scripts live.
    static int RandomCodePoint(Random random)
    {
        int cp = random.Next(4) == 0 ? random.Next(0x20, 0x10FFFF) : random.Next(0x20, 0xFFFF);
        return cp is >= 0xD800 and <= 0xDFFF ? 'x' : cp;
    }
}
