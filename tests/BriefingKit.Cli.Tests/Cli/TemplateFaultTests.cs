using BriefingKit.Cli.Tests.Corpus;
using BriefingKit.Cli.Tests.Support;

namespace BriefingKit.Cli.Tests.Cli;

/// <summary>
/// Broken template folders through <c>build --template DIR</c>: each fault is one located BK4xxx diagnostic,
/// exit code 1, and no output file.
/// </summary>
public sealed class TemplateFaultTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string templates;
    private readonly string dossier;

    public TemplateFaultTests()
    {
        templates = TemplateCopy.Create(folder);
        // With a summary, so the summary partial is rendered (an empty section skips its partial).
        dossier = folder.Write("case.dossier.yaml", Dossiers.Minimal.Replace("  marking: UNCLASSIFIED\n", "  marking: UNCLASSIFIED\n  summary: Talks went well.\n", StringComparison.Ordinal));
    }

    public void Dispose() => folder.Dispose();

    private string Partial(string name) => TemplateCopy.Partial(templates, name);

    private CliDiagnostics.Reported BuildFailsWithOne(string code)
    {
        var result = CliProcess.Run(folder.Path, "build", "--format", "md", "--template", templates, "--out", "out", dossier);
        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(1, result.ToString());
        Directory.Exists(folder["out"]).ShouldBeFalse();
        var reported = CliDiagnostics.FromText(result.Stderr).ShouldHaveSingleItem(result.ToString());
        reported.Diagnostic.Code.ShouldBe(code);
        return reported;
    }

    [Fact]
    public void Unmodified_copy_builds()
    {
        var result = CliProcess.Run(folder.Path, "build", "--format", "md", "--template", templates, "--out", "out", dossier);
        result.ExitCode.ShouldBe(0, result.ToString());
        File.Exists(folder["out/case.md"]).ShouldBeTrue();
    }

    [Fact]
    public void Missing_partial_is_located_at_its_reference()
    {
        File.WriteAllText(Partial("summary"), "Summary\n\n{{ include \"footnote\" }}\n");
        var d = BuildFailsWithOne("BK4002");
        (d.File, d.Diagnostic.Line, d.Diagnostic.Column).ShouldBe((Partial("summary"), 3, 12));
        d.Message.ShouldContain("did you mean 'footnotes'?");
    }

    [Fact]
    public void Block_without_end_is_located_where_it_opens()
    {
        File.WriteAllText(Partial("timeline"), "intro\n\n{{ for event in timeline }}\n- {{ event.text }}\n");
        var d = BuildFailsWithOne("BK4001");
        (d.File, d.Diagnostic.Line, d.Diagnostic.Column).ShouldBe((Partial("timeline"), 3, 4));
        d.Message.ShouldContain("the 'for' block opened here has no '{{ end }}'");
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("../../outside")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\\\..\\\\outside")]
    public void Partial_names_leaving_the_folder_are_never_resolved(string name)
    {
        // A real file outside the folder that a traversal would reach.
        File.WriteAllText(folder["outside.md.sbn"], "SECRET");
        File.WriteAllText(Partial("summary"), $"x {{{{ include \"{name}\" }}}}\n");
        var d = BuildFailsWithOne("BK4003");
        (d.File, d.Diagnostic.Line, d.Diagnostic.Column).ShouldBe((Partial("summary"), 1, 14));
    }

    [Fact]
    public void Computed_partial_names_leaving_the_folder_are_never_resolved()
    {
        File.WriteAllText(folder["outside.md.sbn"], "SECRET");
        File.WriteAllText(Partial("summary"), "x {{ include \"../../\" + \"outside\" }}\n");
        var d = BuildFailsWithOne("BK4003");
        d.File.ShouldBe(Partial("summary"));
    }

    [Fact]
    public void Recursive_partials_are_a_loop_diagnostic()
    {
        File.WriteAllText(Partial("summary"), "{{ include \"timeline\" }}\n");
        File.AppendAllText(Partial("timeline"), "{{ include \"summary\" }}\n");
        var d = BuildFailsWithOne("BK4004");
        d.Message.ShouldContain("summary → timeline → summary");
    }

    [Fact]
    public void Binding_to_a_field_the_view_lacks_is_located()
    {
        File.WriteAllText(Partial("summary"), "Summary:\n  {{ sumary }}\n");
        var d = BuildFailsWithOne("BK4005");
        (d.File, d.Diagnostic.Line, d.Diagnostic.Column).ShouldBe((Partial("summary"), 2, 6));
        d.Message.ShouldContain("did you mean 'summary'?");
    }

    [Fact]
    public void Binding_to_a_missing_field_in_the_main_template_is_located()
    {
        var main = Path.Combine(templates, "briefing.md.sbn");
        File.AppendAllText(main, "{{ nosuchfield }}\n");
        var d = BuildFailsWithOne("BK4005");
        (d.File, d.Diagnostic.Line, d.Diagnostic.Column).ShouldBe((main, File.ReadAllLines(main).Length, 4));
    }

    [Fact]
    public void Unclosed_expression_is_located_where_it_opens()
    {
        File.WriteAllText(Partial("summary"), "{{ paragraphs summary }}{{\n");
        var d = BuildFailsWithOne("BK4001");
        (d.File, d.Diagnostic.Line, d.Diagnostic.Column).ShouldBe((Partial("summary"), 1, 25));
    }

    [Fact]
    public void Second_else_in_one_block_is_a_syntax_error_in_its_file()
    {
        File.WriteAllText(Partial("summary"), "{{ if summary }}a{{ else }}b{{ else }}c{{ end }}\n");
        BuildFailsWithOne("BK4001").File.ShouldBe(Partial("summary"));
    }

    [Fact]
    public void Loops_longer_than_the_dossier_limit_allows_stop_with_a_diagnostic()
    {
        // --max-entries 10 allows loops of 80 (8 lists merged); a runaway loop stops there, with nothing written.
        File.WriteAllText(Partial("summary"), "{{ for i in 1..1000000 }}.{{ end }}\n");
        var result = CliProcess.Run(folder.Path, "build", "--format", "md", "--max-entries", "10", "--template", templates, "--out", "out", dossier);
        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(1, result.ToString());
        Directory.Exists(folder["out"]).ShouldBeFalse();
        var d = CliDiagnostics.FromText(result.Stderr).ShouldHaveSingleItem(result.ToString());
        (d.Diagnostic.Code, d.File, d.Diagnostic.Line).ShouldBe(("BK4008", Partial("summary"), 1));
        d.Message.ShouldContain("80 iterations");
    }

    [Fact]
    public void Folder_without_a_main_template_is_BK4006()
    {
        File.Delete(Path.Combine(templates, "briefing.md.sbn"));
        BuildFailsWithOne("BK4006").Message.ShouldContain("briefing.md.sbn");
    }
}
