using BriefingKit.Cli.Tests.Support;

namespace BriefingKit.Cli.Tests.Cli;

/// <summary>Two builds into one folder at once each replace the file whole: the result is one of them, never a mix.</summary>
public sealed class ConcurrentBuildTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Two_builds_of_the_same_output_at_once_leave_one_complete_briefing()
    {
        // Same dossier id (same output name), different content.
        var a = folder.Write("a/case.dossier.yaml", BigDossier.Text(100, 8_000, "BUILD A"));
        var b = folder.Write("b/case.dossier.yaml", BigDossier.Text(100, 8_000, "BUILD B"));
        var expected = new[] { (a, "reference-a"), (b, "reference-b") }.Select(x =>
        {
            CliProcess.Run(folder.Path, "build", "--format", "md", "--out", x.Item2, x.Item1).ExitCode.ShouldBe(0);
            return File.ReadAllBytes(Path.Combine(folder[x.Item2], "case.md"));
        }).ToList();

        for (var round = 0; round < 3; round++)
        {
            using var first = CliProcess.Start(folder.Path, "build", "--format", "md", "--out", "shared", a);
            using var second = CliProcess.Start(folder.Path, "build", "--format", "md", "--out", "shared", b);
            foreach (var process in new[] { first, second })
            {
                var stderr = await process.StandardError.ReadToEndAsync();
                process.WaitForExit(CliProcess.DefaultTimeout).ShouldBeTrue();
                process.ExitCode.ShouldBe(0, stderr);
            }

            var result = File.ReadAllBytes(folder["shared/case.md"]);
            var winner = expected.FindIndex(e => e.SequenceEqual(result));
            output.WriteLine($"round {round}: the output is build {(winner < 0 ? "MIXED" : winner == 0 ? "A" : "B")}");
            winner.ShouldBeGreaterThanOrEqualTo(0, "the output is neither build's complete briefing");
            Directory.GetFiles(folder["shared"]).ShouldBe([folder["shared/case.md"]], "temporary files were left behind");
        }
    }
}
