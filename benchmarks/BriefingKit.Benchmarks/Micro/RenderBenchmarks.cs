using BenchmarkDotNet.Attributes;
using BriefingKit.Benchmarks.Scale;
using BriefingKit.Rendering;
using BriefingKit.Templates;

namespace BriefingKit.Benchmarks.Micro;

/// <summary>Markdown rendering from the compiled template set, and compile + render for the cache ratio.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private Fixture fixture = null!;

    [Params("seed", "1000", "10000")]
    public string Dossier { get; set; } = "seed";

    [GlobalSetup]
    public void Setup() => fixture = MicroFixtures.Get(Dossier);

    [Benchmark(Baseline = true)]
    public string? RenderCached() => TemplateSet.Default.Render(fixture.Briefing.View).Text;

    [Benchmark]
    public string RenderMarkdown() => MarkdownRenderer.Render(fixture.Briefing);

    [Benchmark]
    public string? CompileAndRender() => TemplateSet.Compile(TemplateFiles.Embedded()).Templates!.Render(fixture.Briefing.View).Text;
}
