using System.Text;
using System.Text.RegularExpressions;
using BriefingKit.Pdf.Tests.Support;
using PdfSharp.Pdf.IO;

namespace BriefingKit.Pdf.Tests.Document;

/// <summary>
/// The markers a template writes as HTML comments (invisible in Markdown viewers) that shape the PDF:
/// page breaks, the contents' place, and the page-one check; and the title taken from the first H1.
/// </summary>
public sealed partial class PageMarkerTests
{
    const string Break = "<!-- briefingkit:page-break -->";
    const string Contents = "<!-- briefingkit:contents -->";

    // Samples.Briefing_With puts eight lines (front matter, H1) before the body: the body starts at line 9.
    const int BodyLine = 9;

    static PdfRenderResult Render(string markdown) => PdfBriefingRenderer.Render(markdown, Samples.Options, Stream.Null, "sample.md");

    static string Dump(string markdown) => PdfBriefingRenderer.LayoutDump(markdown, Samples.Options);

    static string Words(string tag, int sentences) =>
        string.Join(' ', Enumerable.Repeat($"The {tag} sentence says something an analyst needs to read before the meeting.", sentences));

    [Fact]
    public void Text_after_a_page_break_starts_the_next_page()
    {
        string without = Samples.Briefing_With("Bottom line first.\n\nThe body comes next.\n");
        string with = Samples.Briefing_With($"Bottom line first.\n\n{Break}\n\nThe body comes next.\n");

        PageOf(Dump(without), "The body comes next.").ShouldBe(1);
        var dump = Dump(with);
        PageOf(dump, "Bottom line first.").ShouldBe(1);
        PageOf(dump, "The body comes next.").ShouldBe(2);
        PageCount(dump).ShouldBe(2);
        Render(with).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_break_at_the_top_of_a_page_leaves_no_empty_page()
    {
        var dump = Dump(Samples.Briefing_With($"Bottom line first.\n\n{Break}\n\n{Break}\n\nThe body comes next.\n\n{Break}\n"));

        PageOf(dump, "The body comes next.").ShouldBe(2);
        PageCount(dump).ShouldBe(2);
    }

    [Fact]
    public void A_heading_right_after_a_break_is_kept_with_its_block_on_the_new_page()
    {
        var dump = Dump(Samples.Briefing_With($"Bottom line first.\n\n{Break}\n\n## Background\n\nThe body comes next.\n"));

        HeadingPages(dump)["background"].ShouldBe(2);
        PageOf(dump, "The body comes next.").ShouldBe(2);
    }

    [Fact]
    public void Markers_work_without_blank_lines_around_them()
    {
        var dump = Dump(Samples.Briefing_With($"Bottom line first.\n{Break}\n{Contents}\n## Background\n\nThe body comes next.\n"));

        PageOf(dump, "Bottom line first.").ShouldBe(1);
        PageOf(dump, "Contents").ShouldBe(2);
        HeadingPages(dump)["background"].ShouldBe(2);
    }

    [Fact]
    public void A_break_inside_a_markdown_only_region_is_left_out_with_the_region()
    {
        var dump = Dump(Samples.Briefing_With(
            $"Bottom line first.\n\n<!-- briefingkit:markdown-only -->\n\n{Break}\n\n<!-- /briefingkit:markdown-only -->\n\nThe body comes next.\n"));

        PageOf(dump, "The body comes next.").ShouldBe(1);
    }

    [Fact]
    public void Without_the_contents_marker_the_contents_follow_the_title_block()
    {
        var dump = Dump(Samples.Briefing_With($"Bottom line first.\n\n{Break}\n\n## Background\n\nThe body comes next.\n"));

        PageOf(dump, "Contents").ShouldBe(1);
        LineIndex(dump, "Contents").ShouldBeLessThan(LineIndex(dump, "Bottom line first."));
    }

    [Fact]
    public void The_contents_marker_moves_the_contents_and_their_page_numbers_stay_right()
    {
        var body = new StringBuilder($"Bottom line first.\n\n{Break}\n\n{Contents}\n\n");
        for (int section = 1; section <= 4; section++)
        {
            body.Append($"## Section {section}\n\n{Words($"section {section}", 30)}\n\n{Words($"more of section {section}", 30)}\n\n");
        }

        body.Append($"{Break}\n\n## Annex\n\nThe annex.\n");
        var dump = Dump(Samples.Briefing_With(body.ToString()));

        PageOf(dump, "Bottom line first.").ShouldBe(1);
        PageOf(dump, "Contents").ShouldBe(2);
        LineIndex(dump, "Contents").ShouldBeLessThan(LineIndex(dump, "Section 1"));
        var entries = ContentsEntries(dump);
        entries.Select(e => e.Anchor).ShouldBe(["section-1", "section-2", "section-3", "section-4", "annex"]);
        var headings = HeadingPages(dump);
        entries.ShouldAllBe(e => e.Number == headings[e.Anchor]);
        entries.Max(e => e.Number).ShouldBeGreaterThan(3, "the sections should run over several pages for this test to mean anything");
    }

    [Fact]
    public void Page_one_running_over_is_a_warning_at_the_first_break_and_the_pdf_is_still_written()
    {
        string markdown = Samples.Briefing_With($"{Words("first", 40)}\n\n{Words("second", 40)}\n\n{Break}\n\nThe body.\n\n{Break}\n\nThe annex.\n");
        PageOf(Dump(markdown), "The body.").ShouldBe(3, "the bottom line should take two pages for this test");

        using var stream = new MemoryStream();
        var result = PdfBriefingRenderer.Render(markdown, Samples.Options, stream, "sample.md");

        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("BK6014");
        d.Severity.ShouldBe(BriefingKit.Schema.Diagnostics.Severity.Warning);
        d.Line.ShouldBe(BodyLine + 4);
        d.Message.ShouldBe("Page one runs onto page 2: everything before the first page break (the bottom line) must fit on one page; shorten the key judgments or the figures");
        result.Succeeded.ShouldBeTrue();
        stream.Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Page_one_that_fits_is_not_reported()
    {
        string markdown = Samples.Briefing_With($"{Words("first", 10)}\n\n{Break}\n\n{Words("body", 200)}\n\n{Break}\n\nThe annex.\n");

        var result = Render(markdown);

        result.PageCount.ShouldBeGreaterThan(3);
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Long_content_without_a_page_break_is_not_reported()
    {
        var result = Render(Samples.Briefing_With($"{Words("first", 200)}\n"));

        result.PageCount.ShouldBeGreaterThan(1);
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Without_a_front_matter_title_the_first_h1_is_the_title_everywhere()
    {
        string markdown = "---\ndate: 2024-01-15\n---\n\n# My title\n\nBody.\n";

        var pdf = Samples.Render(markdown);
        using var doc = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        doc.Info.Title.ShouldBe("My title");
        doc.Outlines.Select(o => o.Title).First().ShouldBe("My title");

        var texts = Texts(Dump(markdown));
        texts.Count(t => t == "My title").ShouldBe(2); // the title block and the running header (no marking)
        texts.ShouldContain("My title \u00B7 15 January 2024"); // the running footer
        texts.ShouldNotContain("Briefing");
    }

    static int PageCount(string dump) => int.Parse(CountLine().Match(dump).Groups[1].Value);

    /// <summary>The page of the first text line that reads exactly <paramref name="text"/>.</summary>
    static int PageOf(string dump, string text)
    {
        int page = 0;
        foreach (var line in dump.Split('\n'))
        {
            if (PageLine().Match(line) is { Success: true } p)
            {
                page = int.Parse(p.Groups[1].Value);
            }
            else if (TextLine().Match(line) is { Success: true } t && t.Groups[1].Value == text)
            {
                return page;
            }
        }

        throw new ShouldAssertException($"'{text}' is not in the layout");
    }

    static int LineIndex(string dump, string text) =>
        Array.FindIndex(dump.Split('\n'), l => TextLine().Match(l) is { Success: true } t && t.Groups[1].Value == text);

    static List<string> Texts(string dump) =>
        [.. dump.Split('\n').Select(l => TextLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value)];

    static Dictionary<string, int> HeadingPages(string dump)
    {
        var map = new Dictionary<string, int>();
        int page = 0;
        foreach (var line in dump.Split('\n'))
        {
            if (PageLine().Match(line) is { Success: true } p)
            {
                page = int.Parse(p.Groups[1].Value);
            }
            else if (HeadingLine().Match(line) is { Success: true } h)
            {
                map.TryAdd(h.Groups[1].Value, page);
            }
        }

        return map;
    }

    /// <summary>Contents entries: a page number's text line followed by its link to a heading.</summary>
    static List<(string Anchor, int Number)> ContentsEntries(string dump)
    {
        var entries = new List<(string, int)>();
        string? lastText = null;
        foreach (var line in dump.Split('\n'))
        {
            if (LinkLine().Match(line) is { Success: true } l && lastText is not null && int.TryParse(lastText, out int number))
            {
                entries.Add((l.Groups[1].Value, number));
            }

            lastText = TextLine().Match(line) is { Success: true } t ? t.Groups[1].Value : null;
        }

        return entries;
    }

    [GeneratedRegex(@", (\d+) pages\n")]
    private static partial Regex CountLine();

    [GeneratedRegex(@"^page (\d+)$")]
    private static partial Regex PageLine();

    [GeneratedRegex("^  heading \\d \".*\" #(\\S+)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^  link .* -> #(\S+)$")]
    private static partial Regex LinkLine();

    [GeneratedRegex("^  text .* \"(.*)\"$")]
    private static partial Regex TextLine();
}
