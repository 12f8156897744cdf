using BriefingKit.Pdf.Tests.Support;

namespace BriefingKit.Pdf.Tests.Conformance;

/// <summary>
/// The rendered fixture checked by independent tools: qpdf for structure and streams, poppler for
/// fonts, metadata and extractable text. Skipped without the tools unless BRIEFINGKIT_REQUIRE_TOOLS=1.
/// </summary>
public sealed class PdfToolTests : IDisposable
{
    static readonly Lazy<(byte[] Bytes, PdfRenderResult Result)> Fixture = new(() =>
    {
        using var stream = new MemoryStream();
        var result = PdfBriefingRenderer.Render(Samples.Briefing, Samples.Options, stream);
        return (stream.ToArray(), result);
    });

    readonly TempPdf _pdf = new(Fixture.Value.Bytes);

    public void Dispose() => _pdf.Dispose();

    [RequiresToolFact("qpdf")]
    public void Qpdf_check_passes_without_warnings()
    {
        var (exit, output, error) = ExternalTool.Run("qpdf", "--check", _pdf.Path);

        exit.ShouldBe(0, output + error);
        (output + error).ShouldNotContain("WARNING");
        output.ShouldContain("No syntax or stream encoding errors found");
    }

    [RequiresToolFact("pdffonts")]
    public void Every_font_is_embedded_subset_and_has_a_unicode_map()
    {
        var (exit, output, _) = ExternalTool.Run("pdffonts", _pdf.Path);

        exit.ShouldBe(0);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        rows.Count.ShouldBeGreaterThanOrEqualTo(4);
        foreach (var row in rows)
        {
            row.ShouldContain("DejaVu");
            row.ShouldMatch(@"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", $"not embedded, subset and mapped: {row}");
        }
    }

    [RequiresToolFact("pdfinfo")]
    public void Metadata_and_page_count_are_as_rendered()
    {
        var (exit, output, _) = ExternalTool.Run("pdfinfo", _pdf.Path);

        exit.ShouldBe(0);
        output.ShouldContain("Title:           U.S.–Mexico migration talks, December 2023");
        output.ShouldContain("Author:          BriefingKit sample — analytic cell");
        output.ShouldContain("Subject:         Record crossings, closed rail bridges and a Mexico City meeting with López Obrador");
        output.ShouldContain("Creator:         BriefingKit");
        output.ShouldContain($"Pages:           {Fixture.Value.Result.PageCount}");
        output.ShouldContain("Page size:       612 x 792 pts (letter)");
        output.ShouldContain("CreationDate:    Thu Dec 28 12:00:00 2023 UTC");
    }

    [RequiresToolFact("pdfinfo")]
    public void Urls_are_clickable_link_annotations()
    {
        var (exit, output, _) = ExternalTool.Run("pdfinfo", "-url", _pdf.Path);

        exit.ShouldBe(0);
        output.ShouldContain("Annotation    https://www.cbsnews.com/news/white-house-meeting-mexican-president-andres-manuel-lopez-obrador-productive-record-migrant-crossings/");
        output.ShouldContain("Annotation    https://www.state.gov/secretary-blinkens-travel-to-mexico-december-2023/");
    }

    [RequiresToolFact("pdftotext")]
    public void Text_extracts_with_accents_quotes_and_in_reading_order()
    {
        var (exit, raw, _) = ExternalTool.Run("pdftotext", "-enc", "UTF-8", _pdf.Path, "-");
        string text = string.Join(' ', raw.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

        exit.ShouldBe(0);
        foreach (var expected in new[] { "López Obrador", "Bárcena", "Andrés Manuel", "Zúñiga", "roughly ½", "— Senior administration official", "“We were really impressed by some of the new actions that Mexico is taking" })
        {
            text.ShouldContain(expected);
        }

        // Footnote texts, with their verbatim quotes.
        text.ShouldContain("“López Obrador has taken significant new enforcement actions yet we have a lot");
        text.ShouldContain("“This agreement has been reached, the rail crossings and the border bridges are already being opened");

        string[] order = ["KEY JUDGMENTS", "High confidence.", "Summary", "President Biden called", "Timeline", "Who's who", "Policy levers", "The numbers", "What the sources disagree on", "Sources"];
        var body = text[text.IndexOf("KEY JUDGMENTS", StringComparison.Ordinal)..];
        var positions = order.Select(o => body.IndexOf(o, StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p >= 0);
        positions.ShouldBeInOrder(SortDirection.Ascending);
        text.ShouldContain($"Page 1 of {Fixture.Value.Result.PageCount}");
    }

    [RequiresToolFact("pdftotext")]
    public void Text_in_other_scripts_extracts_as_written_in_every_family()
    {
        // Characters beyond the Basic Multilingual Plane (𝔸) are drawn, but PDFsharp 6.2 writes their ToUnicode
        // entries wrongly, so they do not extract; see src/BriefingKit.Pdf/README.md.
        const string Words = "Ελληνικά Кириллица Łódź ĞÜŞ “quoted” ½";
        using var pdf = new TempPdf(Samples.Render(Samples.Briefing_With($"Mixed text: {Words}, *{Words}*, **{Words}** and `{Words}`.\n")));

        var (exit, raw, _) = ExternalTool.Run("pdftotext", "-enc", "UTF-8", pdf.Path, "-");

        exit.ShouldBe(0);
        string.Join(' ', raw.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries))
            .ShouldContain($"Mixed text: {Words}, {Words}, {Words} and {Words}.");
    }

    [RequiresToolFact("pdfinfo")]
    public void A4_is_an_option()
    {
        using var a4 = new TempPdf(Samples.Render(Samples.Briefing, Samples.Options with { PageSize = PdfPageSize.A4 }));
        var (_, output, _) = ExternalTool.Run("pdfinfo", a4.Path);

        output.ShouldContain("Page size:       595.28 x 841.89 pts (A4)");
    }
}
