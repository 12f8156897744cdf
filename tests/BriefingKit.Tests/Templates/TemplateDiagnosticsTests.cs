using BriefingKit.Briefing;
using BriefingKit.Templates;

namespace BriefingKit.Tests.Templates;

/// <summary>Faulty template sets give located BK4xxx diagnostics, never exceptions.</summary>
public sealed class TemplateDiagnosticsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("bk-templates-").FullName;

    public TemplateDiagnosticsTests()
    {
        // Start from a copy of the built-in set, then break one thing per test.
        var builtIn = TemplateFiles.Embedded();
        File.WriteAllText(Path.Combine(folder, "briefing.md.hbs"), builtIn.Main.Text);
        Directory.CreateDirectory(Path.Combine(folder, "partials"));
        foreach (var (name, file) in builtIn.Partials)
        {
            File.WriteAllText(Path.Combine(folder, "partials", name + ".md.hbs"), file.Text);
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Partial(string name) => Path.Combine(folder, "partials", name + ".md.hbs");

    private IReadOnlyList<Schema.Diagnostics.Diagnostic> Compile()
    {
        var files = TemplateFiles.FromDirectory(folder, "briefing", out var problem).ShouldNotBeNull(problem);
        return TemplateSet.Compile(files).Diagnostics;
    }

    [Fact]
    public void Unmodified_copy_compiles_and_renders_like_the_built_in_set()
    {
        var files = TemplateFiles.FromDirectory(folder, "briefing", out _)!;
        var (templates, diagnostics) = TemplateSet.Compile(files);
        diagnostics.ShouldBeEmpty();
        BriefingBuilder.For(Seed.Dossier).UsingTemplates(templates!).Build().RenderMarkdown()
            .ShouldBe(BriefingBuilder.For(Seed.Dossier).Build().RenderMarkdown());
    }

    [Fact]
    public void Syntax_error_is_located_at_the_unclosed_block()
    {
        File.WriteAllText(Partial("summary"), "line one\n{{#if summary}}\n{{paragraphs summary}}\n");
        var d = Compile().ShouldHaveSingleItem();
        (d.Code, d.File, d.Line, d.Column).ShouldBe(("BK4001", Partial("summary"), 2, 1));
    }

    [Fact]
    public void Missing_partial_is_located_at_the_reference_with_a_suggestion()
    {
        File.AppendAllText(Partial("summary"), "\n{{> footnote}}\n");
        var d = Compile().ShouldHaveSingleItem();
        (d.Code, d.Line, d.Column).ShouldBe(("BK4002", 3, 5));
        d.Message.ShouldContain("did you mean 'footnotes'?");
    }

    [Fact]
    public void Every_section_needs_its_partial()
    {
        File.Delete(Partial("timeline"));
        var d = Compile().ShouldHaveSingleItem();
        (d.Code, d.File).ShouldBe(("BK4002", Path.Combine(folder, "briefing.md.hbs")));
        d.Message.ShouldContain("'timeline'");
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\secrets")]
    public void Partial_names_that_leave_the_folder_are_refused(string name)
    {
        File.WriteAllText(Partial("summary"), $"x {{{{> {name}}}}}\n");
        var d = Compile().ShouldHaveSingleItem();
        (d.Code, d.Line, d.Column).ShouldBe(("BK4003", 1, 7));
    }

    [Fact]
    public void Partials_including_each_other_are_a_loop_diagnostic()
    {
        File.WriteAllText(Partial("summary"), "{{> timeline}}\n");
        File.AppendAllText(Partial("timeline"), "{{> summary}}\n");
        var d = Compile().ShouldHaveSingleItem();
        d.Code.ShouldBe("BK4004");
        d.Message.ShouldContain("summary → timeline → summary");
    }

    [Fact]
    public void Deep_partial_chains_are_refused()
    {
        for (var i = 0; i < TemplateSet.MaxPartialDepth + 2; i++)
        {
            File.WriteAllText(Partial($"chain{i}"), $"{{{{> chain{i + 1}}}}}\n");
        }

        File.WriteAllText(Partial($"chain{TemplateSet.MaxPartialDepth + 2}"), "end\n");
        File.AppendAllText(Path.Combine(folder, "briefing.md.hbs"), "{{> chain0}}\n");
        Compile().ShouldHaveSingleItem().Code.ShouldBe("BK4007");
    }

    [Fact]
    public void Binding_to_a_field_the_view_lacks_is_located_when_rendering()
    {
        File.WriteAllText(Partial("summary"), "Summary:\n  {{sumary}}\n");
        var files = TemplateFiles.FromDirectory(folder, "briefing", out _)!;
        var templates = TemplateSet.Compile(files).Templates!;
        var ex = Should.Throw<Rendering.BriefingRenderException>(() => BriefingBuilder.For(Seed.Dossier).UsingTemplates(templates).Build().RenderMarkdown());
        var d = ex.Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.File, d.Line, d.Column).ShouldBe(("BK4005", Partial("summary"), 2, 5));
    }

    [Fact]
    public void Folder_without_a_main_template_says_so()
    {
        File.Delete(Path.Combine(folder, "briefing.md.hbs"));
        TemplateFiles.FromDirectory(folder, "briefing", out var problem).ShouldBeNull();
        problem.ShouldNotBeNull().ShouldContain("briefing.md.hbs");
    }
}
