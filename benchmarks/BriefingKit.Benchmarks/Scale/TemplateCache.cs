using BriefingKit.Benchmarks.Harness;
using BriefingKit.Templates;

namespace BriefingKit.Benchmarks.Scale;

/// <summary>
/// Templates are compiled once per run and rendered from the compiled set. The fair comparison holds the
/// view fixed: building the view is the same work whether or not the templates are cached (and at scale it
/// dwarfs both), so both sides render the seed briefing's prebuilt view; one compiles the built-in set first.
/// </summary>
internal static class TemplateCache
{
    private const int Batch = 20;

    public static void Run(RunSettings settings, Report report, Fixture seed)
    {
        var view = seed.Briefing.View;
        var compiled = TemplateSet.Default;
        // A cached render takes well under a millisecond, so one sample is a batch of renders (as when one compiled
        // set renders many briefings); compile + render is one operation per sample.
        var samples = Meter.Interleaved(
            [
                () =>
                {
                    for (var i = 0; i < Batch; i++)
                    {
                        Render(compiled, view);
                    }
                },
                () => Render(TemplateSet.Compile(TemplateFiles.Embedded()).Templates!, view),
            ],
            settings.MinRuns,
            settings.Budget / 4);
        var (cached, uncached) = (samples[0].MinMs / Batch, samples[1].MinMs);
        report.Time("template-render-cached-seed", cached);
        report.Time("template-compile-and-render-seed", uncached);
        report.Ratio("template-cache-speedup-seed", uncached / cached, Goal.Min(100));
    }

    private static void Render(TemplateSet templates, BriefingKit.Briefing.BriefingView view)
    {
        if (templates.Render(view).Text is null)
        {
            throw new InvalidOperationException("the built-in templates failed to render the seed view");
        }
    }
}
