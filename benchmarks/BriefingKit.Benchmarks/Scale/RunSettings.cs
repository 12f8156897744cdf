namespace BriefingKit.Benchmarks.Scale;

/// <summary>
/// How much to measure: <c>--quick</c> (under a minute) or <c>--full</c> (adds 50,000 facts, more runs).
/// <see cref="MinRuns"/> rounds of the interleaved in-process stages at least, and more while the
/// <see cref="Budget"/> lasts; <see cref="ProcessRuns"/> runs of each end-to-end process after one warm-up.
/// </summary>
internal sealed record RunSettings(string Mode, IReadOnlyList<int> Sizes, int MinRuns, TimeSpan Budget, int ProcessRuns)
{
    public static RunSettings Quick { get; } = new("quick", [100, 1_000, 10_000], 4, TimeSpan.FromSeconds(5), 2);

    public static RunSettings Full { get; } = new("full", [100, 1_000, 10_000, 50_000], 7, TimeSpan.FromSeconds(60), 5);

    /// <summary>The size the absolute goals and the load-vs-parse ratio are stated for.</summary>
    public const int Reference = 10_000;
}
