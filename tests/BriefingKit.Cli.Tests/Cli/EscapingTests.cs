using BriefingKit.Cli.Tests.Support;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingKit.Cli.Tests.Cli;

/// <summary>
/// Dossier text full of Markdown, template and HTML syntax, built through the CLI: it stays literal in the
/// Markdown (no HTML, no emphasis or links it did not ask for) and every table keeps its column count.
/// </summary>
public sealed class EscapingTests : IDisposable
{
    private const string Hostile = "{{title}} | *star* _under_ <b>bold</b> <script>alert(1)</script> `tick` [link](http://x) ![img](y) &amp; ~~del~~ \\| $x$";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseYamlFrontMatter().Build();

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string Q(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private string Build()
    {
        var h = Q(Hostile);
        var dossier = $"""
            dossier:
              id: hostile
              title: {Q("# " + Hostile)}
              subtitle: {h}
              as-of: 2023-12-28
              marking: {Q("UNCLASSIFIED | " + Hostile)}
              audience: {h}
              author: {h}
              summary: {Q("- " + Hostile + "\n\n> quoted " + Hostile + "\n\n1. numbered")}
              key-judgments:
                - {"{"}text: {h}, confidence: high, based-on: [ev]{"}"}
            sources:
              - {"{"}id: src, outlet: {h}, title: {h}, published: 2023-12-28, reliability: B, url: 'https://example.com/a|b<c>d e', authors: [{h}]{"}"}
            agencies:
              - {"{"}id: ag, name: {h}, short: {Q("|*|")}, country: MX{"}"}
            actors:
              - {"{"}id: amlo, name: {h}, aliases: [{h}], country: MX, roles: [{"{"}title: {h}, agency: ag{"}"}]{"}"}
            policies:
              - {"{"}id: pol, name: {h}, description: {h}, owner: amlo, status: [{"{"}date: 2023-12, status: discussed, note: {h}, citations: [{"{"}source: src, quote: {h}, locator: {h}{"}"}]{"}"}]{"}"}
            statistics:
              - {"{"}id: st1, measure: m, description: {h}, value: 10, unit: {Q("migrants|*")}, as-of: 2023-12, geography: g, citations: [{"{"}source: src, quote: {h}{"}"}]{"}"}
              - {"{"}id: st2, measure: m, description: {h}, value: 12, unit: {Q("migrants|*")}, as-of: 2023-12, geography: g, citations: [{"{"}source: src, quote: {Q(Hostile + " 2")}{"}"}]{"}"}
            events:
              - {"{"}id: ev, date: 2023-12-27, kind: meeting, title: {h}, participants: [amlo, ag], place: {h}, outcome: {h}, citations: [{"{"}source: src, quote: {h}{"}"}]{"}"}
            statements:
              - {"{"}id: sta, speaker: amlo, date: 2023-12-27, quote: {h}, paraphrase: {h}, via: {h}, citations: [{"{"}source: src, quote: {h}{"}"}]{"}"}
            claims:
              - {"{"}id: c1, subject: amlo, attribute: took-office, value: {h}, citations: [{"{"}source: src, quote: {h}{"}"}]{"}"}
              - {"{"}id: c2, subject: amlo, attribute: took-office, value: {Q(Hostile + " 2")}, citations: [{"{"}source: src, quote: {h}{"}"}]{"}"}

            """;
        var path = folder.Write("hostile.dossier.yaml", dossier);
        var result = CliProcess.Run(folder.Path, "build", "--format", "md", "--out", "out", path);
        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(0, result.ToString());
        return File.ReadAllText(folder["out/hostile.md"]);
    }

    [Fact]
    public void Hostile_text_is_literal_everywhere_in_the_markdown()
    {
        var markdown = Build();
        var document = Markdig.Markdown.Parse(markdown, Pipeline);

        // The templates' own region markers (<!-- briefingkit:… -->) are the only HTML allowed.
        document.Descendants<HtmlBlock>().Select(b => b.Lines.ToString().Trim()).ShouldAllBe(html => html.StartsWith("<!-- briefingkit:", StringComparison.Ordinal) || html.StartsWith("<!-- /briefingkit:", StringComparison.Ordinal));
        document.Descendants<HtmlInline>().ShouldBeEmpty();
        // The templates emphasise whole values (*subtitle*, **marking**); the dossier's *star* must not become its own.
        document.Descendants<EmphasisInline>().Select(Text).ShouldNotContain(t => t == "star" || t == "under" || t == "del", string.Join("\n", document.Descendants<EmphasisInline>().Select(Text)));
        document.Descendants<LinkInline>().ShouldNotContain(l => l.Url == "http://x" || l.Url == "y");
        document.Descendants<CodeInline>().ShouldBeEmpty();
        document.Descendants<QuoteBlock>().Select(q => Text(q)).ShouldAllBe(t => t.StartsWith('“')); // only the statements template's quotes
        document.Descendants<ListBlock>().Where(l => l.IsOrdered).ShouldBeEmpty();

        // The literal text survives: in headings, paragraphs and table cells.
        Text(document.Descendants<HeadingBlock>().Single(h => h.Level == 1).Inline!).ShouldBe("# " + Hostile);
        document.Descendants<TableCell>().Select(c => Text(c)).ShouldContain(Hostile);
        var body = markdown[(markdown.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..]; // front matter holds it as a quoted YAML string
        body.ShouldNotContain("<script>");
        markdown.ShouldContain("subtitle: \"" + Hostile.Replace("\\", "\\\\", StringComparison.Ordinal) + "\"");
    }

    [Fact]
    public void Every_table_row_has_the_header_row_column_count()
    {
        var document = Markdig.Markdown.Parse(Build(), Pipeline);
        var tables = document.Descendants<Table>().ToList();
        tables.Count.ShouldBeGreaterThan(3);
        foreach (var table in tables)
        {
            var columns = ((TableRow)table[0]).Count;
            table.Cast<TableRow>().ShouldAllBe(row => row.Count == columns);
        }
    }

    private static string Text(MarkdownObject node) =>
        string.Concat(node.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
