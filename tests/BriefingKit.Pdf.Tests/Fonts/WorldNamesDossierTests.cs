using BriefingKit.Briefing;
using BriefingKit.Loading;
using BriefingKit.Pdf.Tests.Support;

namespace BriefingKit.Pdf.Tests.Fonts;

/// <summary>
/// The fictional world-names dossier (Fixtures/world-names: names in fourteen scripts, a mixed-direction quote,
/// a 207-character URL) through the whole pipeline, YAML to PDF, as a user builds it.
/// </summary>
public sealed class WorldNamesDossierTests
{
    static readonly Lazy<(byte[] Pdf, IReadOnlyList<BriefingKit.Schema.Diagnostics.Diagnostic> Diagnostics)> Built = new(() =>
    {
        var loaded = DossierLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "world-names", "world-names.dossier.yaml"));
        loaded.Diagnostics.ShouldBeEmpty();
        var briefing = BriefingBuilder.For(loaded.Dossier!).Build();
        using var stream = new MemoryStream();
        var diagnostics = briefing.WritePdf(stream, Samples.Options);
        return (stream.ToArray(), diagnostics);
    });

    [Fact]
    public void The_dossier_builds_a_pdf_with_no_errors_on_any_machine()
    {
        Built.Value.Diagnostics.ShouldNotContain(d => d.Severity == BriefingKit.Schema.Diagnostics.Severity.Error);
        Built.Value.Pdf.Length.ShouldBeGreaterThan(0);
    }

    [RequiresWorldFontsFact]
    public void With_the_debian_fonts_every_glyph_is_printed()
    {
        Built.Value.Diagnostics.Where(d => d.Code == "BK6001").Select(d => d.Message).ShouldBeEmpty();
    }

    [RequiresWorldFontsFact("pdftotext")]
    public void Page_one_extracts_every_script_in_reading_order()
    {
        using var pdf = new TempPdf(Built.Value.Pdf);
        var (_, text, _) = ExternalTool.Run("pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", pdf.Path, "-");

        // One name per script, as the dossier spells them (what an analyst would search for).
        string[] names =
        [
            "佐藤はるか", "김민준", "王丽华", "ليلى حداد", "پریسا رضایی", "נועה כהן", "अनन्या शर्मा", "তানিয়া চৌধুরী",
            "கார்த்திக் சுப்பிரமணியம்", "สมชาย ใจดี", "Оксана Ковальчук", "თბილისი", "Երևան", "Σύμφωνο ανοιχτών δεδομένων",
        ];
        foreach (string name in names)
        {
            text.ShouldContain(name);
        }
    }
}
