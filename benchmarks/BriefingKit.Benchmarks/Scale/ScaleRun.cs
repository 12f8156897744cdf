using System.Diagnostics;
using BriefingKit.Benchmarks.Harness;

namespace BriefingKit.Benchmarks.Scale;

/// <summary>
/// The plain end-to-end mode: generates the synthetic dossiers, times every registered stage at every size,
/// then prints the side-by-side ratios (load vs bare parse, growth per 10× facts, template cache), the
/// process-level end-to-end figures and whatever optional backends add.
/// </summary>
internal static class ScaleRun
{
    /// <summary>A stage may grow at most this much when the dossier grows 10× (linear is 10×; quadratic 100×).</summary>
    private const double GrowthGoal = 12;

    public static int Run(RunSettings settings, Report report)
    {
        var folder = Paths.NewScratchFolder();
        try
        {
            report.Note($"BriefingKit scale benchmark, {settings.Mode} mode, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            var watch = Stopwatch.StartNew();
            var fixtures = settings.Sizes.Select(n => Fixture.Synthetic(n, folder)).ToList();
            var seed = Fixture.Seed(Paths.SeedDossier);
            report.Note($"generated and loaded {string.Join(", ", fixtures.Select(f => f.Name))} facts in {watch.Elapsed.TotalSeconds:0.0} s");

            var samples = new Dictionary<(string Stage, string Size), Sample>();
            foreach (var fixture in fixtures.Prepend(seed))
            {
                foreach (var stage in Stages.Registered.Prepend(Stages.YamlParse))
                {
                    var sample = Meter.Measure(stage.Prepare(fixture), settings.MinRuns, settings.Budget);
                    samples[(stage.Name, fixture.Name)] = sample;
                    report.Time($"{stage.Name}-{fixture.Name}", sample.MedianMs);
                    report.Memory($"{stage.Name}-{fixture.Name}-allocated", sample.AllocatedMB);
                }
            }

            foreach (var fixture in fixtures.Where(f => f.Dossier.Statistics.Count >= 100))
            {
                var ratio = samples[("load", fixture.Name)].MedianMs / samples[("yaml-parse", fixture.Name)].MedianMs;
                report.Ratio($"load-vs-yaml-parse-{fixture.Name}", ratio, Goal.Max(2));
            }

            Growth(settings, report, samples, fixtures);
            TemplateCache.Run(settings, report, seed);
            EndToEnd.Run(settings, report, fixtures, seed, folder);
            foreach (var ratios in Extensions.OptionalStages.Ratios)
            {
                ratios(report, settings, fixtures, seed);
            }

            return report.Summarise() == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Times only the named stages (and yaml-parse, if named) at the given sizes: for before/after checks.</summary>
    public static int OnlyStages(IReadOnlyList<string> names, IReadOnlyList<int> sizes, Report report)
    {
        var folder = Paths.NewScratchFolder();
        try
        {
            var stages = Scale.Stages.Registered.Prepend(Scale.Stages.YamlParse).Where(s => names.Contains(s.Name)).ToList();
            foreach (var fixture in sizes.Select(n => Fixture.Synthetic(n, folder)))
            {
                foreach (var stage in stages)
                {
                    var sample = Meter.Measure(stage.Prepare(fixture), RunSettings.Quick.MinRuns, RunSettings.Quick.Budget);
                    report.Time($"{stage.Name}-{fixture.Name}", sample.MinMs);
                    report.Note($"{stage.Name}-{fixture.Name}: median {sample.MedianMs:0.0} ms, cpu {sample.MinCpuMs:0.0} ms, {sample.Runs} runs");
                    report.Memory($"{stage.Name}-{fixture.Name}-allocated", sample.AllocatedMB);
                }
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Growth of time and allocations between consecutive sizes, normalised to a 10× step (t ∝ n^k gives 10^k),
    /// so 1,000 → 10,000 is read directly and 10,000 → 50,000 is comparable with it.
    /// </summary>
    private static void Growth(RunSettings settings, Report report, Dictionary<(string Stage, string Size), Sample> samples, List<Fixture> fixtures)
    {
        var steps = fixtures.Zip(fixtures.Skip(1)).Where(p => p.First.Dossier.Statistics.Count >= 100).ToList();
        foreach (var stage in Stages.Registered)
        {
            foreach (var (small, large) in steps)
            {
                var factor = double.Parse(large.Name, System.Globalization.CultureInfo.InvariantCulture) / double.Parse(small.Name, System.Globalization.CultureInfo.InvariantCulture);
                var (a, b) = (samples[(stage.Name, small.Name)], samples[(stage.Name, large.Name)]);
                report.Ratio($"growth-{stage.Name}-time-{small.Name}-to-{large.Name}", PerTenfold(b.MedianMs / a.MedianMs, factor), Goal.Max(GrowthGoal));
                report.Ratio($"growth-{stage.Name}-memory-{small.Name}-to-{large.Name}", PerTenfold((double)b.AllocatedBytes / a.AllocatedBytes, factor), Goal.Max(GrowthGoal));
            }
        }

        _ = settings;
    }

    private static double PerTenfold(double ratio, double factor) => Math.Abs(factor - 10) < 1e-9 ? ratio : Math.Pow(10, Math.Log(ratio) / Math.Log(factor));
}
