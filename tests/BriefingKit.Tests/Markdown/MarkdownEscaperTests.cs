using BriefingKit.Markdown;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingKit.Tests.Markdown;

public class MarkdownEscaperTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Theory]
    [InlineData("{{title}} and {{{raw}}}")]
    [InlineData("a | b | c")]
    [InlineData("*not italic* and **not bold**")]
    [InlineData("snake_case_name and _under_")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("# not a heading")]
    [InlineData("- not a list")]
    [InlineData("1. not a list either")]
    [InlineData("> not a quote")]
    [InlineData("::: not a container")]
    [InlineData("[not a link](https://example.com)")]
    [InlineData("`code` and ~~strike~~ and \\backslash")]
    [InlineData("&copy; &amp; $math$")]
    [InlineData("López Obrador — “quoted” ½")]
    public void Escaped_text_renders_back_to_exactly_the_input(string text)
    {
        var document = Markdig.Markdown.Parse(MarkdownEscaper.EscapeInline(text), Pipeline);
        var paragraph = document.ShouldHaveSingleItem().ShouldBeOfType<ParagraphBlock>();
        paragraph.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString()).Aggregate(string.Empty, string.Concat).ShouldBe(text);
        // Only literal text; a bare URL may become an autolink (as on GitHub), which still shows the URL verbatim.
        paragraph.Inline!.Descendants().ShouldAllBe(i => i is LiteralInline || (i is LinkInline && ((LinkInline)i).IsAutoLink));
    }

    [Fact]
    public void Escaped_text_keeps_a_table_row_to_its_columns()
    {
        var cell = MarkdownEscaper.EscapeInline("a | b\nc");
        var document = Markdig.Markdown.Parse($"| A | B |\n| --- | --- |\n| {cell} | x |\n", Pipeline);
        var table = document.Descendants<Markdig.Extensions.Tables.Table>().ShouldHaveSingleItem();
        table.Count.ShouldBe(2);
        ((Markdig.Extensions.Tables.TableRow)table[1]).Count.ShouldBe(2);
    }
}
