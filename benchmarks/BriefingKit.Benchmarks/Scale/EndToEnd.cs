using System.Diagnostics;
using System.Globalization;
using BriefingKit.Benchmarks.Harness;
using BriefingKit.Briefing;
using BriefingKit.Loading;
using BriefingKit.Schema;
using BriefingKit.Templates;

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

    /// <summary>Issue 19: 10,000 facts, Markdown and PDF, under 400 MB (the built CLI's goal stays 500 MB).</summary>
    private const double PublishedMemoryGoalMB = 400;
    private const double SeedAfterStartupGoalMs = 1_000;

    public static void Run(RunSettings settings, Report report, IReadOnlyList<Fixture> fixtures, Fixture seed, string folder)
    {
        if (!File.Exists(Paths.CliDll))
        {
            report.Note($"skipped the CLI end-to-end figures: {Paths.CliDll} is not built");
            return;
        }

        var output = Path.Combine(folder, "out");
        var startup = Repeat(settings.ProcessRuns, warmUp: true, () => ChildRun.Measure(Paths.DotnetHost, [Paths.CliDll, "--version"]));
        report.Time("cli-startup", startup.ElapsedMs);

        foreach (var formats in new[] { "md", "md,pdf" })
        {
            var run = Repeat(formats == "md" || settings.Mode == "full" ? settings.ProcessRuns : 1, warmUp: formats == "md", () => Cli(seed, output, formats));
            report.Time($"e2e-cli-seed-{Label(formats)}", run.ElapsedMs);
            report.Memory($"e2e-cli-seed-{Label(formats)}-peak", run.PeakMB);
        }

        var inProcess = Repeat(settings.ProcessRuns, warmUp: false, () => SeedOnce(output));
        report.Time("seed-briefing-after-startup", inProcess.ElapsedMs, Goal.Max(SeedAfterStartupGoalMs));

        // The reference size carries the absolute goals; Markdown alone is what the core controls, Markdown + PDF
        // is what `briefingkit build` does by default. Slow PDF runs are repeated only in full mode.
        foreach (var fixture in fixtures.Where(f => f.Facts >= RunSettings.Reference))
        {
            var reference = fixture.Facts == RunSettings.Reference;
            // PDF past the reference size takes minutes and gigabytes today: Markdown only there.
            foreach (var formats in reference ? ["md", "md,pdf"] : new[] { "md" })
            {
                var runs = formats == "md" || settings.Mode == "full" ? settings.ProcessRuns : 1;
                var run = Repeat(runs, warmUp: false, () => Cli(fixture, output, formats));
                report.Time($"e2e-cli-{fixture.Name}-{Label(formats)}", run.ElapsedMs, reference ? Goal.Max(ReferenceTimeGoalMs) : null);
                report.Memory($"e2e-cli-{fixture.Name}-{Label(formats)}-peak", run.PeakMB, reference ? Goal.Max(ReferenceMemoryGoalMB) : null);
            }

            // The build-server CLI (BRIEFINGKIT_PUBLISHED_CLI: Native AOT or ReadyToRun), held to the same goals.
            if (reference && Peers.Published() is { } published)
            {
                var run = Repeat(settings.ProcessRuns, warmUp: false, () => Cli(published, fixture, output, "md,pdf"));
                report.Time($"e2e-published-{fixture.Name}-md-pdf", run.ElapsedMs, Goal.Max(ReferenceTimeGoalMs));
                report.Memory($"e2e-published-{fixture.Name}-md-pdf-peak", run.PeakMB, Goal.Max(PublishedMemoryGoalMB));
            }
        }
    }

    private static string Label(string formats) => formats.Replace(',', '-');

    /// <summary>
    /// Fastest elapsed time and the highest peak over the runs (after a warm-up run when asked, for the disk
    /// cache). The fastest run is the least disturbed by other processes; peak memory does not depend on them.
    /// </summary>
    internal static ChildResult Repeat(int runs, bool warmUp, Func<ChildResult> run)
    {
        if (warmUp)
        {
            run();
        }

        var results = Enumerable.Range(0, runs).Select(_ => run()).ToList();
        var failed = results.FirstOrDefault(r => r.ExitCode != 0);
        if (failed is not null)
        {
            throw new InvalidOperationException($"end-to-end run failed with exit code {failed.ExitCode}:\n{failed.Output}");
        }

        return new ChildResult(results.Min(r => r.ElapsedMs), results.Max(r => r.PeakMB), 0, string.Empty);
    }

    internal static ChildResult Cli(Fixture fixture, string output, string formats) => Cli(null, fixture, output, formats);

    /// <summary>A build of the fixture by the built CLI (<paramref name="published"/> null) or by a published one.</summary>
    internal static ChildResult Cli(string? published, Fixture fixture, string output, string formats)
    {
        List<string> arguments = published is null ? [Paths.CliDll] : [];
        arguments.AddRange(["build", fixture.Path, "--out", output, "--format", formats]);
        if (fixture.Limits != SchemaLimits.Default)
        {
            arguments.AddRange(["--max-file-bytes", fixture.Limits.MaxFileBytes.ToString(CultureInfo.InvariantCulture),
                "--max-expanded-nodes", fixture.Limits.MaxExpandedNodes.ToString(CultureInfo.InvariantCulture)]);
        }

        return ChildRun.Measure(published ?? Paths.DotnetHost, arguments);
    }

    private static ChildResult SeedOnce(string output)
    {
        var result = ChildRun.Measure(Paths.DotnetHost, [Paths.SelfDll, "--seed-once", Paths.SeedDossier, output]);
        var line = result.Output.Split('\n').First(l => l.StartsWith("seed-once ", StringComparison.Ordinal));
        return result with { ElapsedMs = double.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture) };
    }

    /// <summary>
    /// The <c>--seed-once</c> child: what the CLI does for the seed dossier (load while the built-in templates
    /// compile, compose, write Markdown atomically), through the library API, timed from the start of Main.
    /// </summary>
    public static int SeedOnceMain(Stopwatch sinceMain, string dossier, string output)
    {
        var loading = Task.Run(() => DossierLoader.Load(dossier));
        var templates = TemplateSet.Default;
        var loaded = loading.GetAwaiter().GetResult();
        var briefing = BriefingBuilder.For(loaded.Dossier ?? throw new InvalidOperationException("seed dossier has errors")).UsingTemplates(templates).Build();
        briefing.WriteMarkdown(Path.Combine(output, briefing.Dossier.Id + ".md"));
        sinceMain.Stop();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed-once {sinceMain.Elapsed.TotalMilliseconds:0.0}"));
        return 0;
    }
}
