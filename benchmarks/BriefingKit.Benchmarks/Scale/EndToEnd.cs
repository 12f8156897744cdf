using System.Diagnostics;
using System.Globalization;
using BriefingKit.Benchmarks.Harness;
using BriefingKit.Briefing;
using BriefingKit.Loading;
using BriefingKit.Schema;

namespace BriefingKit.Benchmarks.Scale;

/// <summary>
/// Whole-process figures: the built CLI run as a user runs it (<c>dotnet BriefingKit.Cli.dll build FILE</c>),
/// timed from process start to exit with its peak resident memory, and the seed briefing built in a fresh
/// process timed from Main (start-up excluded, first-call JIT and template compilation included).
/// </summary>
internal static class EndToEnd
{
    private const double ReferenceTimeGoalMs = 3_000;
    private const double ReferenceMemoryGoalMB = 500;
    private const double SeedAfterStartupGoalMs = 1_000;

    public static void Run(RunSettings settings, Report report, IReadOnlyList<Fixture> fixtures, Fixture seed, string folder)
    {
        if (!File.Exists(Paths.CliDll))
        {
            report.Note($"skipped the CLI end-to-end figures: {Paths.CliDll} is not built");
            return;
        }

        var output = Path.Combine(folder, "out");
        var startup = Repeat(settings, () => ChildRun.Measure(Paths.DotnetHost, [Paths.CliDll, "--version"]));
        report.Time("cli-startup", startup.ElapsedMs);

        var seedRun = Repeat(settings, () => Cli(seed, output));
        report.Time("e2e-cli-seed-md", seedRun.ElapsedMs);
        report.Memory("e2e-cli-seed-md-peak", seedRun.PeakMB);

        var inProcess = Repeat(settings, () => SeedOnce(output));
        report.Time("seed-briefing-after-startup", inProcess.ElapsedMs, Goal.Max(SeedAfterStartupGoalMs));

        foreach (var fixture in fixtures.Where(f => f.Dossier.Statistics.Count >= 100))
        {
            var run = Repeat(settings, () => Cli(fixture, output));
            var reference = fixture.Name == RunSettings.Reference.ToString(CultureInfo.InvariantCulture);
            report.Time($"e2e-cli-{fixture.Name}-md", run.ElapsedMs, reference ? Goal.Max(ReferenceTimeGoalMs) : null);
            report.Memory($"e2e-cli-{fixture.Name}-md-peak", run.PeakMB, reference ? Goal.Max(ReferenceMemoryGoalMB) : null);
        }
    }

    /// <summary>Median elapsed time and the highest peak over the runs (one warm-up run first, for the disk cache).</summary>
    private static ChildResult Repeat(RunSettings settings, Func<ChildResult> run)
    {
        run();
        var results = Enumerable.Range(0, settings.ProcessRuns).Select(_ => run()).ToList();
        var failed = results.FirstOrDefault(r => r.ExitCode != 0);
        if (failed is not null)
        {
            throw new InvalidOperationException($"end-to-end run failed with exit code {failed.ExitCode}:\n{failed.Output}");
        }

        var times = results.Select(r => r.ElapsedMs).Order().ToList();
        return new ChildResult(times[times.Count / 2], results.Max(r => r.PeakMB), 0, string.Empty);
    }

    private static ChildResult Cli(Fixture fixture, string output)
    {
        List<string> arguments = [Paths.CliDll, "build", fixture.Path, "--out", output];
        if (fixture.Limits != SchemaLimits.Default)
        {
            arguments.AddRange(["--max-file-bytes", fixture.Limits.MaxFileBytes.ToString(CultureInfo.InvariantCulture),
                "--max-expanded-nodes", fixture.Limits.MaxExpandedNodes.ToString(CultureInfo.InvariantCulture)]);
        }

        return ChildRun.Measure(Paths.DotnetHost, arguments);
    }

    private static ChildResult SeedOnce(string output)
    {
        var result = ChildRun.Measure(Paths.DotnetHost, [Paths.SelfDll, "--seed-once", Paths.SeedDossier, output]);
        var line = result.Output.Split('\n').First(l => l.StartsWith("seed-once ", StringComparison.Ordinal));
        return result with { ElapsedMs = double.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture) };
    }

    /// <summary>
    /// The <c>--seed-once</c> child: what the CLI does for the seed dossier (load, compose with the built-in
    /// templates, write Markdown atomically), through the library API, timed from the start of Main.
    /// </summary>
    public static int SeedOnceMain(Stopwatch sinceMain, string dossier, string output)
    {
        var loaded = DossierLoader.Load(dossier);
        var briefing = BriefingBuilder.For(loaded.Dossier ?? throw new InvalidOperationException("seed dossier has errors")).Build();
        briefing.WriteMarkdown(Path.Combine(output, briefing.Dossier.Id + ".md"));
        sinceMain.Stop();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed-once {sinceMain.Elapsed.TotalMilliseconds:0.0}"));
        return 0;
    }
}
