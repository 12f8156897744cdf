using BriefingKit.Cli.Tests.Support;

namespace BriefingKit.Cli.Tests.Corpus;

/// <summary>Every corpus case through <c>briefingkit check --json</c> as a separate process.</summary>
public class CorpusCheckCliTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(CorpusCases.Names), MemberType = typeof(CorpusCases))]
    public void Check_json_reports_the_same_diagnostics_and_exit_code(string name)
    {
        var testCase = CorpusCases.All[name];
        using var folder = new TempFolder();
        using var input = testCase.Prepare(folder);

        var result = CliProcess.Run(folder.Path, ["check", "--json", .. testCase.LimitArguments(), input.Path]);
        output.WriteLine($"{name}: exit {result.ExitCode} in {result.Elapsed.TotalMilliseconds:0} ms");

        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(testCase.HasErrors ? 1 : 0, result.ToString());
        result.Stderr.ShouldBeEmpty();
        var reported = CliDiagnostics.FromJson(result.Stdout);
        reported.Select(r => r.Diagnostic).ToList().ShouldBe(testCase.Expected);
        reported.ShouldAllBe(r => r.File == input.Path && r.Message.Length > 0);
    }
}

/// <summary>Every corpus case through <c>briefingkit build</c>: MSBuild-form diagnostics, and an output only when clean.</summary>
public class CorpusBuildCliTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(CorpusCases.Names), MemberType = typeof(CorpusCases))]
    public void Build_reports_the_same_diagnostics_and_writes_only_clean_input(string name)
    {
        var testCase = CorpusCases.All[name];
        using var folder = new TempFolder();
        using var input = testCase.Prepare(folder);
        var outFolder = folder["out"];

        var result = CliProcess.Run(folder.Path, ["build", "--format", "md", "--out", outFolder, .. testCase.LimitArguments(), input.Path]);
        output.WriteLine($"{name}: exit {result.ExitCode} in {result.Elapsed.TotalMilliseconds:0} ms");

        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(testCase.HasErrors ? 1 : 0, result.ToString());
        var reported = CliDiagnostics.FromText(result.Stderr);
        reported.Select(r => r.Diagnostic).ToList().ShouldBe(testCase.Expected);
        reported.ShouldAllBe(r => r.File == input.Path);

        var written = Directory.Exists(outFolder) ? Directory.GetFiles(outFolder) : [];
        if (testCase.HasErrors)
        {
            written.ShouldBeEmpty();
            return;
        }

        var markdown = File.ReadAllText(written.ShouldHaveSingleItem());
        testCase.Renders.ShouldAllBe(text => markdown.Contains(text, StringComparison.Ordinal));
    }
}
