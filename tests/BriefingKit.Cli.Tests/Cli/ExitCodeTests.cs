using System.Text.Json;
using BriefingKit.Cli.Tests.Corpus;
using BriefingKit.Cli.Tests.Support;

namespace BriefingKit.Cli.Tests.Cli;

/// <summary>Exit codes 0/1/2/3, the <c>check --json</c> shape, and usage errors without stack traces.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Seed_dossier_checks_clean_with_exit_0()
    {
        var result = CliProcess.Run(folder.Path, "check", Repo.SeedDossier);
        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(0, result.ToString());
        result.Stdout.ShouldContain("checked 1 dossier: 0 errors, 0 warnings");
        result.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public void Check_json_has_diagnostics_and_counts()
    {
        var result = CliProcess.Run(folder.Path, "check", "--json", Repo.SeedDossier);
        result.ExitCode.ShouldBe(0, result.ToString());
        CliDiagnostics.FromJson(result.Stdout).ShouldBeEmpty();
        using var json = JsonDocument.Parse(result.Stdout);
        var counts = json.RootElement.GetProperty("counts");
        counts.GetProperty("sources").GetInt32().ShouldBe(5);
        counts.GetProperty("statements").GetInt32().ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Check_json_of_several_files_keeps_each_diagnostics_file()
    {
        var bad = folder.Write("bad.dossier.yaml", Dossiers.Minimal.Replace("reliability: B", "reliability: Q", StringComparison.Ordinal));
        var result = CliProcess.Run(folder.Path, "check", "--json", Repo.SeedDossier, bad, folder["missing.yaml"]);
        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(1);
        CliDiagnostics.FromJson(result.Stdout).Select(d => (d.File, d.Diagnostic.Code)).ShouldBe([(bad, "BK2005"), (folder["missing.yaml"], "BK1001")]);
    }

    [Fact]
    public void Build_of_the_seed_writes_markdown_with_exit_0()
    {
        var result = CliProcess.Run(folder.Path, "build", "--format", "md", "--out", "out", Repo.SeedDossier);
        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(0, result.ToString());
        result.Stdout.ShouldContain("wrote ");
        File.ReadAllText(folder["out/us-mexico-migration-2023.md"]).ShouldContain("López Obrador");
    }

    [Theory]
    [InlineData("check", "--bogus")]
    [InlineData("build", "--max-depth", "deep")]
    [InlineData("build", "--max-depth", "0")]
    [InlineData("check", "--max-file-bytes", "-5")]
    [InlineData("build", "--from", "2023-13-45")]
    [InlineData("build", "--section", "nope")]
    public void Usage_errors_exit_2_with_a_message(params string[] args)
    {
        var result = CliProcess.Run(folder.Path, args);
        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(2, result.ToString());
        result.Stderr.ShouldContain("briefingkit: error:");
        Directory.Exists(folder["out"]).ShouldBeFalse();
    }

    [Fact]
    public void A_word_that_is_not_a_command_is_a_dossier_to_build()
    {
        // `briefingkit X` means `briefingkit build X`, so an unknown word is a missing file (exit 1), not a usage error.
        var result = CliProcess.Run(folder.Path, "frobnicate");
        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(1, result.ToString());
        CliDiagnostics.FromText(result.Stderr).ShouldHaveSingleItem().Diagnostic.Code.ShouldBe("BK1001");
    }

    [Fact]
    public void Unknown_actor_filter_exits_2_naming_it()
    {
        var result = CliProcess.Run(folder.Path, "build", "--format", "md", "--actor", "blinkn", Repo.SeedDossier);
        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(2, result.ToString());
        result.Stderr.ShouldContain("blinkn");
    }

    [Fact]
    public void Unknown_format_is_BK5003_with_exit_1()
    {
        var result = CliProcess.Run(folder.Path, "build", "--format", "docx", "--out", "out", Repo.SeedDossier);
        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(1, result.ToString());
        CliDiagnostics.FromText(result.Stderr).ShouldHaveSingleItem().Diagnostic.Code.ShouldBe("BK5003");
        Directory.Exists(folder["out"]).ShouldBeFalse();
    }

    [Fact]
    public void Output_that_cannot_be_written_is_BK5002_with_exit_3()
    {
        // The output path is taken by a folder, so the final rename fails.
        Directory.CreateDirectory(folder["out/case.md"]);
        var dossier = folder.Write("case.dossier.yaml", Dossiers.Minimal);
        var result = CliProcess.Run(folder.Path, "build", "--format", "md", "--out", "out", dossier);
        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(3, result.ToString());
        CliDiagnostics.FromText(result.Stderr).ShouldHaveSingleItem().Diagnostic.Code.ShouldBe("BK5002");
        Directory.GetFiles(folder["out"], "*", SearchOption.AllDirectories).ShouldBeEmpty(); // no temporary file left behind
    }
}
