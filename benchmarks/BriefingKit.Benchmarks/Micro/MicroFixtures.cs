using BriefingKit.Benchmarks.Harness;
using BriefingKit.Benchmarks.Scale;

namespace BriefingKit.Benchmarks.Micro;

/// <summary>Fixtures for BenchmarkDotNet, which runs each benchmark in a separate process: "seed" or a fact count.</summary>
internal static class MicroFixtures
{
    public static Fixture Get(string name) =>
        name == "seed" ? Fixture.Seed(Paths.SeedDossier) : Fixture.Synthetic(int.Parse(name, System.Globalization.CultureInfo.InvariantCulture), Paths.NewScratchFolder());
}
