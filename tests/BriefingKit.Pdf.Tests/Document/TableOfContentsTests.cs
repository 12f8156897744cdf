using System.Text;
using System.Text.RegularExpressions;
using BriefingKit.Pdf.Tests.Support;

namespace BriefingKit.Pdf.Tests.Document;

/// <summary>
/// The contents' page numbers are filled in after a single layout pass; they must name the page each
/// heading actually lands on, including when the contents themselves run over more than one page.
/// </summary>
public sealed partial class TableOfContentsTests
{
    [Fact]
    public void Every_contents_number_is_the_page_its_heading_lands_on()
    {
        var body = new StringBuilder();
        for (int section = 1; section <= 70; section++)
        {
            body.Append($"## Section {section}\n\n");
            for (int paragraph = 0; paragraph < section % 4 + 1; paragraph++)
            {
                body.Append(string.Join(' ', Enumerable.Repeat($"Paragraph {paragraph} of section {section} says something worth reading.", 12))).Append("\n\n");
            }
        }

        var dump = PdfBriefingRenderer.LayoutDump(Samples.Briefing_With(body.ToString()), Samples.Options);

        var headingPages = new Dictionary<string, int>();
        var contents = new List<(string Anchor, int Number, int OnPage)>();
        int page = 0;
        string? lastText = null;
        foreach (var line in dump.Split('\n'))
        {
            if (PageLine().Match(line) is { Success: true } p)
            {
                page = int.Parse(p.Groups[1].Value);
            }
            else if (HeadingLine().Match(line) is { Success: true } h)
            {
                headingPages.TryAdd(h.Groups[1].Value, page);
            }
            else if (LinkLine().Match(line) is { Success: true } l && lastText is not null && int.TryParse(lastText, out int number))
            {
                contents.Add((l.Groups[1].Value, number, page));
            }

            lastText = TextLine().Match(line) is { Success: true } t ? t.Groups[1].Value : null;
        }

        contents.Count.ShouldBe(70);
        contents.Select(c => c.OnPage).Distinct().Count().ShouldBeGreaterThan(1, "the contents should run over two pages for this test to mean anything");
        contents.Max(c => c.Number).ShouldBeGreaterThanOrEqualTo(10);
        contents.ShouldAllBe(c => c.Number == headingPages[c.Anchor]);
    }

    [GeneratedRegex(@"^page (\d+)$")]
    private static partial Regex PageLine();

    [GeneratedRegex("^  heading \\d \".*\" #(\\S+)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^  link .* -> #(\S+)$")]
    private static partial Regex LinkLine();

    [GeneratedRegex("^  text .* \"(.*)\"$")]
    private static partial Regex TextLine();
}
