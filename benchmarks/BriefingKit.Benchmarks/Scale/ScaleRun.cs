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

    /// <summary>Checking every quote against its source's stored text may add at most 20 % to loading (issue 16).</summary>
    private const double CheckTextsGoal = 1.2;

    public static int Run(RunSettings settings, Report report)
    {
        var folder = Paths.NewScratchFolder();
        try
        {
            report.Note($"BriefingKit scale benchmark, {settings.Mode} mode, {Environment.ProcessorCount} cores, .NET {Environment.Version}{LoadAverage()}");
            var watch = Stopwatch.StartNew();
            var fixtures = settings.Sizes.Select(n => Fixture.Synthetic(n, folder)).ToList();
            var seed = Fixture.Seed(Paths.SeedDossier);
            report.Note($"generated and loaded {string.Join(", ", fixtures.Select(f => f.Name))} facts in {watch.Elapsed.TotalSeconds:0.0} s");

            // Every stage at every size, interleaved, so growth and load-vs-parse ratios compare like with like. For
            // each growth step the smaller size is also timed as a batch of distinct dossiers holding as many facts as
            // the larger one (ten 1,000-fact dossiers against one of 10,000): see Growth.
            var cells = (from fixture in fixtures.Prepend(seed)
                         from stage in Stages.Registered.Prepend(Stages.YamlParse)
                         where stage.Covers(settings, fixture)
                         select new Cell(stage, fixture, 1, [fixture])).ToList();
            var steps = GrowthSteps(settings, fixtures);
            var siblings = steps.Select(s => (s.Small, s.Batch)).Distinct().ToDictionary(b => b, b => b.Small.WithSiblings(b.Batch, folder));
            cells.AddRange(steps.Select(step => new Cell(step.Stage, step.Small, step.Batch, siblings[(step.Small, step.Batch)])));
            report.Note($"growth batches: {string.Join(", ", siblings.Keys.Select(b => $"{b.Batch} × {b.Small.Name} facts"))}");
            var measured = Meter.Interleaved([.. cells.Select(c => c.Prepare())], settings.MinRuns, settings.Budget);
            var samples = new Dictionary<(string Stage, string Size), Sample>();
            var batches = new Dictionary<(string Stage, string Size), Sample>();
            foreach (var (cell, sample) in cells.Zip(measured))
            {
                if (cell.Batch > 1)
                {
                    batches[(cell.Stage.Name, cell.Fixture.Name)] = sample;
                    continue;
                }

                samples[(cell.Stage.Name, cell.Fixture.Name)] = sample;
                report.Time($"{cell.Stage.Name}-{cell.Fixture.Name}", sample.MinMs);
                report.Memory($"{cell.Stage.Name}-{cell.Fixture.Name}-allocated", sample.AllocatedMB);
            }

            foreach (var fixture in fixtures.Where(f => f.Dossier.Statistics.Count >= 100))
            {
                var ratio = samples[("load", fixture.Name)].MinMs / samples[("yaml-parse", fixture.Name)].MinMs;
                report.Ratio($"load-vs-yaml-parse-{fixture.Name}", ratio, Goal.Max(2));
            }

            CheckTextsRatios(report, fixtures, samples);
            Growth(report, samples, batches, steps);
            TemplateCache.Run(settings, report, seed);
            EndToEnd.Run(settings, report, fixtures, seed, folder);
            Peers.Run(settings, report, fixtures, seed, folder);
            WatchRebuild.Run(settings, report, folder);
            foreach (var ratios in Extensions.OptionalStages.Ratios)
            {
                ratios(report, settings, fixtures, seed, samples);
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
            var stages = Scale.Stages.Registered.Prepend(Scale.Stages.YamlParse).Concat(Scale.Stages.Parts).Where(s => names.Contains(s.Name)).ToList();

            var fixtures = sizes.Select(n => Fixture.Synthetic(n, folder)).ToList();
            var cells = (from fixture in fixtures from stage in stages select (Stage: stage, Fixture: fixture)).ToList();
            var measured = Meter.Interleaved([.. cells.Select(c => c.Stage.Prepare(c.Fixture))], RunSettings.Quick.MinRuns, RunSettings.Quick.Budget);
            var samples = new Dictionary<(string Stage, string Size), Sample>();
            foreach (var ((stage, fixture), sample) in cells.Zip(measured))
            {
                samples[(stage.Name, fixture.Name)] = sample;
                report.Time($"{stage.Name}-{fixture.Name}", sample.MinMs);
                report.Note($"{stage.Name}-{fixture.Name}: median {sample.MedianMs:0.0} ms over {sample.Runs} runs; {Collections(stage.Prepare(fixture))}");
                report.Memory($"{stage.Name}-{fixture.Name}-allocated", sample.AllocatedMB);
            }

            CheckTextsRatios(report, fixtures, samples);

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// What checking quotes against stored texts adds to loading, at 1,000 facts and up: <c>check-texts</c> (the
    /// dossier with every source's text attached) against <c>load</c> (the same dossier without texts), fastest runs,
    /// like every ratio. Printed wherever both were timed, so <c>--stages load,check-texts</c> prints it too.
    /// </summary>
    private static void CheckTextsRatios(Report report, IEnumerable<Fixture> fixtures, Dictionary<(string Stage, string Size), Sample> samples)
    {
        foreach (var fixture in fixtures.Where(f => f.Facts >= 1_000))
        {
            if (samples.TryGetValue((Scale.Stages.CheckTexts.Name, fixture.Name), out var texts) && samples.TryGetValue((Scale.Stages.Load.Name, fixture.Name), out var load))
            {
                report.Ratio($"check-texts-vs-load-{fixture.Name}", texts.MinMs / load.MinMs, Goal.Max(CheckTextsGoal));
            }
        }
    }

    /// <summary>", load average 2.1 3.0 4.1" on Linux: how busy the machine was (other processes slow every timing).</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? ", load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : string.Empty;
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    /// <summary>Garbage collections of each generation during one run, and the GC pause time, for profiles.</summary>
    private static string Collections(Action action)
    {
        GC.Collect();
        var before = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var paused = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        var counts = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - before[g]).ToArray();
        return $"{watch.Elapsed.TotalMilliseconds:0} ms with GCs gen0 {counts[0]}, gen1 {counts[1]}, gen2 {counts[2]}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms";
    }

    /// <summary>
    /// Consecutive sizes each stage is timed at, from 1,000 facts up (below that, fixed costs hide the slope), unless
    /// that leaves nothing, as for slow backends timed only up to 1,000 in quick mode.
    /// </summary>
    private static List<GrowthStep> GrowthSteps(RunSettings settings, List<Fixture> fixtures)
    {
        var steps = new List<GrowthStep>();
        foreach (var stage in Stages.Registered)
        {
            var covered = fixtures.Where(f => stage.Covers(settings, f)).ToList();
            var pairs = covered.Zip(covered.Skip(1)).ToList();
            var chosen = pairs.Any(p => p.First.Facts >= 1_000) ? pairs.Where(p => p.First.Facts >= 1_000).ToList() : pairs;
            steps.AddRange(chosen.Select(p => new GrowthStep(stage, p.First, p.Second, (int)Math.Round((double)p.Second.Facts / p.First.Facts))));
        }

        return steps;
    }

    /// <summary>
    /// Growth of time and allocations between consecutive sizes, normalised to a 10× step (t ∝ n^k gives 10^k),
    /// so 1,000 → 10,000 is read directly and 10,000 → 50,000 is comparable with it.
    /// <para>
    /// Time compares one larger dossier with a batch of distinct smaller ones holding as many facts (ten 1,000-fact
    /// dossiers, each from its own seed, run back to back, against one 10,000-fact dossier). Each timed operation
    /// starts after a full collection, so a single small run never pays for its garbage (15 MB for a 1,000-fact
    /// load, under the GC's first gen0 budget of ~55 MB) while the larger run pays for its own; the batch pays its
    /// share, as any process handling more than one small dossier does. Distinct dossiers, not one run ten times,
    /// so the batch finds no more of its data in the CPU caches than the large run does. What is left is what grows
    /// faster than the data: a quadratic step, or a cost of one large live set. Allocations are exact and compare
    /// single runs.
    /// </para>
    /// </summary>
    private static void Growth(Report report, Dictionary<(string Stage, string Size), Sample> samples, Dictionary<(string Stage, string Size), Sample> batches, List<GrowthStep> steps)
    {
        foreach (var (stage, small, large, batch) in steps)
        {
            var factor = (double)large.Facts / small.Facts;
            var (a, b) = (samples[(stage.Name, small.Name)], samples[(stage.Name, large.Name)]);
            var smallTime = batches[(stage.Name, small.Name)].MinMs / batch;
            report.Ratio($"growth-{stage.Name}-time-{small.Name}-to-{large.Name}", PerTenfold(b.MinMs / smallTime, factor), Goal.Max(GrowthGoal));
            report.Ratio($"growth-{stage.Name}-memory-{small.Name}-to-{large.Name}", PerTenfold((double)b.AllocatedBytes / a.AllocatedBytes, factor), Goal.Max(GrowthGoal));
        }
    }

    /// <summary>One operation in the stage matrix: a stage over one dossier, or back to back over a batch of them.</summary>
    private sealed record Cell(Stage Stage, Fixture Fixture, int Batch, IReadOnlyList<Fixture> Dossiers)
    {
        public Action Prepare()
        {
            var runs = Dossiers.Select(Stage.Prepare).ToArray();
            if (runs.Length == 1)
            {
                return runs[0];
            }

            return () =>
            {
                foreach (var run in runs)
                {
                    run();
                }
            };
        }
    }

    /// <summary>A growth step: <see cref="Small"/> timed as a batch of <see cref="Batch"/> runs against one run of <see cref="Large"/>.</summary>
    private sealed record GrowthStep(Stage Stage, Fixture Small, Fixture Large, int Batch);

    private static double PerTenfold(double ratio, double factor) => Math.Abs(factor - 10) < 1e-9 ? ratio : Math.Pow(10, Math.Log(ratio) / Math.Log(factor));
}
