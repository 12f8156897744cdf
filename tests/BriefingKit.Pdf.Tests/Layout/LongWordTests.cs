using BriefingKit.Pdf.Tests.Support;

namespace BriefingKit.Pdf.Tests.Layout;

/// <summary>
/// A valid dossier may hold a very long unbroken word (a URL, an identifier, a transliterated name): wherever it
/// lands in the briefing, the PDF is still written, and no diagnostic echoes the word.
/// </summary>
public sealed class LongWordTests
{
    private static readonly string Word = new('y', 5000);

    public static TheoryData<string, string> Places => new()
    {
        { "title (H1)", $"---\ntitle: \"{Word}\"\ndate: 2024-01-15\nmarking: \"UNCLASSIFIED\"\n---\n\n# {Word}\n\nText.\n" },
        { "section heading", Samples.Briefing_With($"<!-- briefingkit:contents -->\n\n## Who {Word}\n\nText.\n") },
        { "subsection heading kept with a table", Samples.Briefing_With($"## Annex\n\n### {Word}\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n") },
        { "paragraph", Samples.Briefing_With($"Before {Word} after.\n") },
        { "table cell", Samples.Briefing_With($"| Who | What |\n| --- | --- |\n| {Word} | {Word} |\n") },
        { "footnote", Samples.Briefing_With($"A fact.[^1]\n\n[^1]: {Word}\n") },
        { "marking", $"---\ntitle: \"T\"\ndate: 2024-01-15\nmarking: \"{Word}\"\n---\n\n# T\n\nText.\n" },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void A_5000_character_word_still_gives_a_pdf(string place, string markdown)
    {
        using var stream = new MemoryStream();
        var result = PdfBriefingRenderer.Render(markdown, Samples.Options, stream);

        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty(place);
        stream.Length.ShouldBeGreaterThan(1000, place);
        foreach (var d in result.Diagnostics)
        {
            d.Message.Length.ShouldBeLessThan(400, $"{place}: {d.Code} quotes too much");
            d.Message.ShouldNotContain(new string('y', 81), Case.Sensitive, place);
        }
    }

    [Fact]
    public void A_contents_entry_is_cut_to_a_line_or_two() =>
        BriefingKit.Pdf.Document.TableOfContents.EntryText($"Who {Word}").Length.ShouldBe(160);
}
