using BriefingKit.Benchmarks.Harness;
using BriefingKit.Templates;

namespace BriefingKit.Benchmarks.Scale;

/// <summary>
/// Templates are compiled once per process and rendered from the compiled set. With Handlebars.Net compiling cost
/// about 100 renders, so the goal was a cache speed-up of 100×; Scriban parses the whole built-in set in well under
/// a millisecond, so what matters now is that compiling stays cheap (≤ 2 ms), measured alone, and beside it the
/// cached render and compile + render of the seed briefing's prebuilt view.
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
                () =>
                {
                    for (var i = 0; i < Batch; i++)
                    {
                        _ = TemplateSet.Compile(TemplateFiles.Embedded()).Templates ?? throw new InvalidOperationException("the built-in templates do not compile");
                    }
                },
            ],
            settings.MinRuns,
            settings.Budget / 4);
        report.Time("template-render-cached-seed", samples[0].MinMs / Batch);
        report.Time("template-compile-and-render-seed", samples[1].MinMs);
        report.Time("template-compile", samples[2].MinMs / Batch, Goal.Max(2));
    }

    private static void Render(TemplateSet templates, BriefingKit.Briefing.BriefingView view)
    {
        if (templates.Render(view).Text is null)
        {
            throw new InvalidOperationException("the built-in templates failed to render the seed view");
        }
    }
}
