using System.Diagnostics;

namespace BriefingKit.Benchmarks.Harness;

/// <summary>One measured operation: median and fastest wall time, and bytes allocated by one run.</summary>
internal sealed record Sample(double MedianMs, double MinMs, double MinCpuMs, long AllocatedBytes, int Runs)
{
    public double AllocatedMB => AllocatedBytes / (1024.0 * 1024.0);
}

/// <summary>
/// Plain Stopwatch measurement for the end-to-end modes (BenchmarkDotNet takes minutes; these figures must
/// come in seconds): one warm-up run, then at least <c>minRuns</c> runs and up to <c>budget</c> of wall time,
/// each after a full collection so one run's garbage is not billed to the next. Allocations are counted
/// on the calling thread, which is where every stage runs.
/// </summary>
internal static class Meter
{
    public static Sample Measure(Action action, int minRuns, TimeSpan budget, int maxRuns = 50)
    {
        action();
        var times = new List<double>();
        var cpu = double.MaxValue;
        long allocated = long.MaxValue;
        var total = Stopwatch.StartNew();
        while (times.Count < minRuns || (total.Elapsed < budget && times.Count < maxRuns))
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = ThreadClock.NowMs();
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            cpu = Math.Min(cpu, ThreadClock.NowMs() - cpuBefore ?? watch.Elapsed.TotalMilliseconds);
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return new Sample(times[times.Count / 2], times[0], cpu, allocated, times.Count);
    }
}
