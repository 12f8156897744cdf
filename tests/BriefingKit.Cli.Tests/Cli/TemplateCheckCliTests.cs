using System.Text.Json;
using BriefingKit.Cli.Tests.Corpus;
using BriefingKit.Cli.Tests.Support;

namespace BriefingKit.Cli.Tests.Cli;

/// <summary><c>check --template</c>: a template folder checked against the briefing view without rendering anything.</summary>
public sealed class TemplateCheckCliTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string templates;

    public TemplateCheckCliTests() => templates = TemplateCopy.Create(folder);

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_clean_copy_of_the_built_in_templates_checks_clean()
    {
        var result = CliProcess.Run(folder.Path, "check", "--template", templates, Repo.SeedDossier);
        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(0, result.ToString());
        result.Stdout.ShouldContain($"templates checked: {templates} (22 files): every name and field is in the briefing view");
    }

    [Fact]
    public void A_misspelt_field_is_reported_at_its_line_and_column_and_fails_the_check()
    {
        var partial = TemplateCopy.Partial(templates, "statement-table");
        var lines = File.ReadAllLines(partial).Length;
        File.AppendAllText(partial, "{{ for s in statements }}{{ s.qoute_typo }}{{ end }}\n");

        var result = CliProcess.Run(folder.Path, "check", "--template", templates, Repo.SeedDossier);

        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(1, result.ToString());
        var reported = CliDiagnostics.FromText(result.Stderr).ShouldHaveSingleItem(result.ToString());
        (reported.Diagnostic.Code, reported.File, reported.Diagnostic.Line, reported.Diagnostic.Column).ShouldBe(("BK4005", partial, lines + 1, 31));
        result.Stdout.ShouldContain("checked 1 dossier: 0 errors, 0 warnings;"); // the dossier itself is fine
        result.Stdout.ShouldContain($"templates checked: {templates}: 1 error, 0 warnings");
        Directory.EnumerateFiles(folder.Path, "*.pdf", SearchOption.AllDirectories).ShouldBeEmpty(); // nothing rendered
        Directory.EnumerateFiles(folder.Path, "*.md", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public void Json_lists_template_problems_with_the_dossier_ones()
    {
        File.AppendAllText(TemplateCopy.Partial(templates, "summary"), "{{ subtitel }}\n");
        var result = CliProcess.Run(folder.Path, "check", "--json", "--template", templates, Repo.SeedDossier);
        result.ExitCode.ShouldBe(1, result.ToString());
        var diagnostic = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("diagnostics").EnumerateArray().ShouldHaveSingleItem();
        diagnostic.GetProperty("code").GetString().ShouldBe("BK4005");
        diagnostic.GetProperty("message").GetString()!.ShouldContain("did you mean 'subtitle'?");
    }

    [Fact]
    public void An_unknown_template_name_is_a_located_error()
    {
        var result = CliProcess.Run(folder.Path, "check", "--template", "breif", Repo.SeedDossier);
        result.ExitCode.ShouldBe(1, result.ToString());
        result.Stderr.ShouldContain("error BK4006: no template folder or built-in template named 'breif' — did you mean 'brief'?");
    }
}
