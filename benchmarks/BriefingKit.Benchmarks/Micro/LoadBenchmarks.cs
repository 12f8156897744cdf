using BenchmarkDotNet.Attributes;
using BriefingKit.Benchmarks.Scale;
using BriefingKit.Loading;

namespace BriefingKit.Benchmarks.Micro;

/// <summary>YAML load + validate against the bare YamlDotNet parse of the same text (the baseline).</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private Fixture fixture = null!;

    [Params("seed", "1000", "10000")]
    public string Dossier { get; set; } = "seed";

    [GlobalSetup]
    public void Setup() => fixture = MicroFixtures.Get(Dossier);

    [Benchmark(Baseline = true)]
    public int YamlParse() => YamlBaseline.Parse(fixture.Text);

    [Benchmark]
    public DossierLoadResult LoadAndValidate() => DossierLoader.LoadText(fixture.Path, fixture.Text, fixture.Limits);
}
