using BriefingKit.Pdf.Tests.Support;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace BriefingKit.Pdf.Tests.Document;

/// <summary>Links, bookmarks and contents checked by reading the written PDF back.</summary>
public sealed partial class DocumentStructureTests
{
    static readonly Lazy<byte[]> Pdf = new(() => Samples.Render(Samples.Briefing));

    [Fact]
    public void Every_heading_has_a_bookmark_and_subsections_are_nested()
    {
        using var doc = PdfReader.Open(new MemoryStream(Pdf.Value), PdfDocumentOpenMode.Import);
        var titles = doc.Outlines.Select(o => o.Title).ToList();

        titles.ShouldBe(["U.S.–Mexico migration talks, December 2023", "Contents", "Summary", "Timeline", "Who's who", "Policy levers", "The numbers", "What the sources disagree on", "Sources"]);
        doc.Outlines.Single(o => o.Title == "What the sources disagree on").Outlines.Select(o => o.Title)
            .ShouldBe(["Daily crossings", "When Biden took office", "Background: the 2021 Jacobson delegation"]);
    }

    [Fact]
    public void Internal_links_jump_to_a_position_on_a_page()
    {
        using var doc = PdfReader.Open(new MemoryStream(Pdf.Value), PdfDocumentOpenMode.Import);
        var dests = doc.Pages.Cast<PdfPage>()
            .SelectMany(p => p.Annotations.Cast<PdfDictionary>())
            .Select(a => a.Elements["/Dest"]).OfType<PdfArray>().ToList();

        dests.Count.ShouldBeGreaterThan(20); // contents entries and footnote marks
        dests.ShouldAllBe(d => d.Elements[0] is PdfSharp.Pdf.Advanced.PdfReference && d.Elements[1].ToString() == "/XYZ");
    }

    [Fact]
    public void Result_reports_the_page_count_and_no_problems_for_the_fixture()
    {
        var result = PdfBriefingRenderer.Render(Samples.Briefing, Samples.Options, Stream.Null);

        result.PageCount.ShouldBeGreaterThanOrEqualTo(3);
        result.Diagnostics.Where(d => d.Code != "BK6005").ShouldBeEmpty();
    }

    [Fact]
    public void Each_page_names_in_its_resources_exactly_the_fonts_its_content_draws_with()
    {
        using var doc = PdfReader.Open(new MemoryStream(Pdf.Value), PdfDocumentOpenMode.Import);
        var embedded = new HashSet<string>(StringComparer.Ordinal);

        doc.PageCount.ShouldBe(PdfBriefingRenderer.Render(Samples.Briefing, Samples.Options, Stream.Null).PageCount);
        foreach (var page in doc.Pages.Cast<PdfPage>())
        {
            string content = System.Text.Encoding.Latin1.GetString(page.Contents.CreateSingleContent().Stream!.UnfilteredValue);
            var drawn = FontOperator().Matches(content).Select(m => m.Groups[1].Value).ToHashSet();
            var fonts = page.Resources.Elements.GetDictionary("/Font")!;

            drawn.ShouldNotBeEmpty();
            fonts.Elements.Keys.ToHashSet().ShouldBe(drawn, ignoreOrder: true);
            foreach (var key in fonts.Elements.Keys)
            {
                var font = (PdfDictionary)((PdfSharp.Pdf.Advanced.PdfReference)fonts.Elements[key]!).Value;
                embedded.Add(font.Elements.GetName("/BaseFont"));
            }
        }

        // Only the faces the fixture uses are embedded, each once, whichever pages use it.
        embedded.Select(name => name[8..]).ShouldBe(["DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"], ignoreOrder: true);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(/F\d+) [\d.]+ Tf")]
    private static partial System.Text.RegularExpressions.Regex FontOperator();
}
