using BriefingKit.Briefing;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingKit.Tests.Briefing;

/// <summary>Dossier text full of Markdown, template and HTML syntax comes out literally.</summary>
public class HostileTextTests
{
    private const string Hostile = "{{title}} | *star* _under_ <script>alert(1)</script> `tick` [link](x) &amp;";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseYamlFrontMatter().Build();

    private static string Render()
    {
        var yaml = Seed.Minimal
            .Replace("title: Mini", "title: '# " + Hostile.Replace("'", "''", StringComparison.Ordinal) + "'", StringComparison.Ordinal)
            .Replace("    title: Meeting", "    title: '" + Hostile + "'", StringComparison.Ordinal)
            .Replace("name: Andrés Manuel López Obrador", "name: '- " + Hostile + "'", StringComparison.Ordinal);
        return BriefingBuilder.For(Seed.Load(yaml)).WithSubtitle("# " + Hostile).Build().RenderMarkdown();
    }

    [Fact]
    public void Hostile_text_stays_literal_in_headings_tables_and_front_matter()
    {
        var markdown = Render();
        var document = Markdig.Markdown.Parse(markdown, Pipeline);

        // The only HTML is the template's own markdown-only region markers (comments), never dossier text.
        document.Descendants<HtmlBlock>().ShouldAllBe(h => h.Type == HtmlBlockType.Comment && h.Lines.ToString().Contains("briefingkit:", StringComparison.Ordinal));
        document.Descendants<HtmlInline>().ShouldBeEmpty();
        document.Descendants<EmphasisInline>().Select(Text).ShouldNotContain(t => t.Contains("star", StringComparison.Ordinal) || t.Contains("under", StringComparison.Ordinal));
        document.Descendants<LinkInline>().ShouldNotContain(l => l.Url == "x");

        var h1 = document.Descendants<HeadingBlock>().Single(h => h.Level == 1);
        Text(h1.Inline!).ShouldBe("# " + Hostile);

        foreach (var table in document.Descendants<Table>())
        {
            var columns = ((TableRow)table[0]).Count;
            table.Cast<TableRow>().ShouldAllBe(row => row.Count == columns);
        }

        document.Descendants<TableCell>().Select(c => Text(c)).ShouldContain(Hostile);
        markdown.ShouldContain("subtitle: \"# {{title}} | *star* _under_ <script>alert(1)</script> `tick` [link](x) &amp;\"");
    }

    private static string Text(MarkdownObject node) =>
        string.Concat(node.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
