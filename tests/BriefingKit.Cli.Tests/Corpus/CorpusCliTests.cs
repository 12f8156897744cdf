using BriefingKit.Cli.Tests.Support;

namespace BriefingKit.Cli.Tests.Corpus;

/// <summary>
/// Every corpus case through <c>briefingkit check --json</c> as a separate process. One process checks all the
/// cases that share limits (check takes many files and keeps each diagnostic's file), which keeps the suite
/// quick; per-case exit codes are checked by <see cref="CorpusBuildCliTests"/>.
/// </summary>
public class CorpusCheckCliTests(ITestOutputHelper output)
{
    [Fact]
    public void Check_json_reports_every_case_diagnostics()
    {
        using var folder = new TempFolder();
        var prepared = CorpusCases.All.Values.Select(c => (Case: c, Input: c.Prepare(folder))).ToList();
        var mismatches = new List<string>();
        try
        {
            foreach (var group in prepared.GroupBy(p => string.Join(" ", p.Case.LimitArguments())))
            {
                var cases = group.ToList();
                var result = CliProcess.Run(folder.Path, ["check", "--json", .. cases[0].Case.LimitArguments(), .. cases.Select(c => c.Input.Path)]);
                output.WriteLine($"{cases.Count} cases [{group.Key}]: exit {result.ExitCode} in {result.Elapsed.TotalMilliseconds:0} ms");
                result.ShouldEndCleanly();
                result.ExitCode.ShouldBe(cases.Any(c => c.Case.HasErrors) ? 1 : 0, result.ToString());
                result.Stderr.ShouldBeEmpty();
                var byFile = CliDiagnostics.FromJson(result.Stdout).ToLookup(r => r.File);
                foreach (var (testCase, input) in cases)
                {
                    var actual = byFile[input.Path].Select(r => r.Diagnostic).ToList();
                    if (!actual.SequenceEqual(testCase.Expected))
                    {
                        mismatches.Add($"{testCase.Name}: expected [{string.Join(", ", testCase.Expected.Take(5))}], got [{string.Join(", ", actual.Take(5))}]");
                    }
                }
            }
        }
        finally
        {
            prepared.ForEach(p => p.Input.Dispose());
        }

        mismatches.ShouldBeEmpty();
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
