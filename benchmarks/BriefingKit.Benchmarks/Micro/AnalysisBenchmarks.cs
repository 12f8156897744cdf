using BenchmarkDotNet.Attributes;
using BriefingKit.Analysis;
using BriefingKit.Benchmarks.Scale;
using BriefingKit.Briefing;

namespace BriefingKit.Benchmarks.Micro;

/// <summary>The analyses (timeline, discrepancies) and the whole view model they feed.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private Fixture fixture = null!;

    [Params("seed", "1000", "10000")]
    public string Dossier { get; set; } = "seed";

    [GlobalSetup]
    public void Setup() => fixture = MicroFixtures.Get(Dossier);

    [Benchmark]
    public IReadOnlyList<TimelineEntry> Timeline() => Analysis.Timeline.Build(fixture.Dossier.Events, fixture.Dossier.Statements);

    [Benchmark]
    public IReadOnlyList<Discrepancy> Discrepancies() => DiscrepancyFinder.Find(fixture.Dossier.Statistics, fixture.Dossier.Claims);

    [Benchmark]
    public BriefingView View() => BriefingBuilder.For(fixture.Dossier).Build().View;
}
