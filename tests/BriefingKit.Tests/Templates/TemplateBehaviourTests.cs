using BriefingKit.Briefing;
using BriefingKit.Templates;

namespace BriefingKit.Tests.Templates;

/// <summary>What a template author can rely on when writing a partial: truth, escaping, built-in functions.</summary>
public sealed class TemplateBehaviourTests
{
    /// <summary>The seed's Summary section as rendered with <paramref name="summaryPartial"/> in place of the built-in one.</summary>
    private static string Summary(string summaryPartial)
    {
        var markdown = Render("summary", summaryPartial);
        var start = markdown.IndexOf("## Background\n\n", StringComparison.Ordinal) + "## Background\n\n".Length;
        return markdown[start..markdown.IndexOf("\n## ", start, StringComparison.Ordinal)].TrimEnd();
    }

    /// <summary>The seed's briefing with the built-in partial <paramref name="partial"/> replaced by <paramref name="text"/>.</summary>
    private static string Render(string partial, string text)
    {
        var builtIn = TemplateFiles.Embedded();
        var files = builtIn with
        {
            Partials = new Dictionary<string, TemplateFile>(builtIn.Partials) { [partial] = builtIn.Partials[partial] with { Text = text } },
        };
        var (templates, diagnostics) = TemplateSet.Compile(files);
        diagnostics.ShouldBeEmpty();
        return BriefingBuilder.For(Seed.Dossier).UsingTemplates(templates!).Build().RenderMarkdown();
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

    [Fact]
    public void A_briefing_of_several_megabytes_is_written_whole()
    {
        // Scriban stops all output at 1 MiB by default and adds "..." with no error; a large dossier's briefing
        // once came out a third long that way, with its last sections and every footnote missing.
        var markdown = Render("summary", "{{ for i in 1..60000 }}Line {{ i }} of a long summary, long enough to add up.\n\n{{ end }}");
        markdown.Length.ShouldBeGreaterThan(3_000_000);
        markdown.ShouldContain("Line 60000 of a long summary, long enough to add up.\n\n## ");
        var usual = BriefingBuilder.For(Seed.Dossier).Build().RenderMarkdown();
        var lastFootnote = usual[(usual.LastIndexOf("\n[^", StringComparison.Ordinal) + 1)..];
        markdown.ShouldEndWith(lastFootnote);
    }
}
