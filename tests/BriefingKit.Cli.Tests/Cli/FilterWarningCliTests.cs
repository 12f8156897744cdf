using BriefingKit.Cli.Tests.Corpus;
using BriefingKit.Cli.Tests.Support;

namespace BriefingKit.Cli.Tests.Cli;

/// <summary>A misspelt <c>--tag</c> or <c>--country</c> is a warning with a suggestion, not a silently empty briefing.</summary>
public sealed class FilterWarningCliTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_misspelt_tag_warns_at_the_dossier_and_the_build_still_succeeds()
    {
        var result = CliProcess.Run(folder.Path, "build", "--format", "md", "--tag", "bordr", "--out", "out", Repo.SeedDossier);

        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(0, result.ToString()); // warnings are allowed
        var warning = CliDiagnostics.FromText(result.Stderr).ShouldHaveSingleItem(result.ToString());
        (warning.Diagnostic.Code, warning.Diagnostic.Severity).ShouldBe(("BK5006", BriefingKit.Schema.Diagnostics.Severity.Warning));
        warning.Message.ShouldContain("did you mean 'border'?");
        File.Exists(folder["out/us-mexico-migration-2023.md"]).ShouldBeTrue();
    }
}
