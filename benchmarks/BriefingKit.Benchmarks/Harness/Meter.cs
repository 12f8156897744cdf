using System.Diagnostics;

namespace BriefingKit.Benchmarks.Harness;

/// <summary>One measured operation: fastest and median wall time of its runs, and bytes one run allocates.</summary>
internal sealed record Sample(double MinMs, double MedianMs, long AllocatedBytes, int Runs)
{
    public double AllocatedMB => AllocatedBytes / (1024.0 * 1024.0);
}

/// <summary>
/// Plain Stopwatch measurement for the end-to-end modes (BenchmarkDotNet takes minutes; these figures must
/// come in seconds). Operations are measured <b>interleaved</b>, one run of each per round, round after round,
/// so that every figure a ratio compares was taken in the same stretch of time: on a shared two-core machine
/// the load changes from one second to the next, and the <b>fastest</b> run is the one least disturbed by it,
/// so that is the figure reported. One run per round also means every operation starts with the caches the
/// other operations left behind, as each stage of a real build does: repeating a small operation back to back
/// would time it hot in cache and make a larger dossier look superlinear. Operations of 20 ms or more start
/// after a full collection and shorter ones after a gen0 collection, so one operation's garbage is not billed
/// to the next (the order of operations is the same every round, so a collection the previous operation makes
/// due would land in the same short operation every round, and its minimum would not shed it). Allocations are counted on
/// the calling thread, which is where every stage runs.
/// </summary>
internal static class Meter
{
    private const double CollectFromMs = 20;

    public static IReadOnlyList<Sample> Interleaved(IReadOnlyList<Action> actions, int minRounds, TimeSpan budget)
    {
        // Warm-up: JIT, tiering, caches; also tells how long each operation takes.
        var estimate = actions.Select(a => Time(a).Ms).ToArray();

        var times = actions.Select(_ => new List<double>()).ToArray();
        var allocated = actions.Select(_ => long.MaxValue).ToArray();
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < minRounds || clock.Elapsed < budget; round++)
        {
            for (var i = 0; i < actions.Count; i++)
            {
                if (estimate[i] >= CollectFromMs)
                {
                    Collect();
                }
                else
                {
                    // A short operation must not pay for the collection the previous ones' garbage has made due.
                    GC.Collect(0);
                }

                var (ms, bytes) = Time(actions[i]);
                times[i].Add(ms);
                allocated[i] = Math.Min(allocated[i], bytes);
            }
        }

        return [.. times.Select((t, i) => Summarise(t, allocated[i]))];
    }

    public static Sample Measure(Action action, int minRounds, TimeSpan budget) => Interleaved([action], minRounds, budget)[0];

    private static (double Ms, long Bytes) Time(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        return (watch.Elapsed.TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static Sample Summarise(List<double> times, long allocated)
    {
        times.Sort();
        return new Sample(times[0], times[times.Count / 2], allocated, times.Count);
    }
}
