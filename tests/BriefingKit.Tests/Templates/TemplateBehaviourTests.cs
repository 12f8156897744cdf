using BriefingKit.Briefing;
using BriefingKit.Templates;

namespace BriefingKit.Tests.Templates;

/// <summary>What a template author can rely on when writing a partial: truth, escaping, built-in functions.</summary>
public sealed class TemplateBehaviourTests
{
    /// <summary>The seed's Summary section as rendered with <paramref name="summaryPartial"/> in place of the built-in one.</summary>
    private static string Summary(string summaryPartial)
    {
        var builtIn = TemplateFiles.Embedded();
        var files = builtIn with
        {
            Partials = new Dictionary<string, TemplateFile>(builtIn.Partials) { ["summary"] = builtIn.Partials["summary"] with { Text = summaryPartial } },
        };
        var (templates, diagnostics) = TemplateSet.Compile(files);
        diagnostics.ShouldBeEmpty();
        var markdown = BriefingBuilder.For(Seed.Dossier).UsingTemplates(templates!).Build().RenderMarkdown();
        var start = markdown.IndexOf("## Summary\n\n", StringComparison.Ordinal) + "## Summary\n\n".Length;
        return markdown[start..markdown.IndexOf("\n## ", start, StringComparison.Ordinal)].TrimEnd();
    }

    [Theory]
    [InlineData("{{ if \"\" }}yes{{ else }}no{{ end }}", "no")]
    [InlineData("{{ if \"x\" }}yes{{ else }}no{{ end }}", "yes")]
    [InlineData("{{ if [] }}yes{{ else }}no{{ end }}", "no")]
    [InlineData("{{ if sections }}yes{{ else }}no{{ end }}", "yes")]
    public void Empty_text_and_empty_lists_are_false(string template, string expected) =>
        Summary(template).ShouldBe(expected);

    [Fact]
    public void Zero_is_true_as_in_Scriban() => Summary("{{ if 0 }}yes{{ else }}no{{ end }}").ShouldBe("yes");

    [Fact]
    public void Written_values_are_markdown_escaped_but_function_output_is_not()
    {
        Summary("{{ \"*not bold* <b>\" }}").ShouldBe("\\*not bold\\* \\<b\\>");
        Summary("{{ autolink \"https://example.org/a_b\" }}").ShouldBe("<https://example.org/a_b>");
    }

    [Fact]
    public void Numbers_and_flags_are_written_as_text()
    {
        Summary("{{ sections.size }} {{ 2.5 }} {{ sections[0].is_empty }} {{ 1 == 1 }}").ShouldBe("10 2.5 false true");
    }

    [Fact]
    public void Scriban_built_in_functions_are_available()
    {
        Summary("{{ sections | array.size }} sections; {{ \"abc\" | string.upcase }}").ShouldBe("10 sections; ABC");
    }

    [Fact]
    public void Seed_summary_renders_through_the_paragraphs_function()
    {
        var summary = Summary("{{ paragraphs summary }}");
        summary.ShouldNotBeEmpty();
        summary.ShouldBe(Summary(TemplateFiles.Embedded().Partials["summary"].Text));
    }
}
