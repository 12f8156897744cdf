using System.Diagnostics;
using System.Globalization;
using BriefingKit.Briefing;
using BriefingKit.Loading;
using BriefingKit.Pdf;
using BriefingKit.Rendering;
using BriefingKit.Schema;
using BriefingKit.Templates;

namespace BriefingKit.Benchmarks.Scale;

/// <summary>
/// <c>--pipeline FILE [--pdf]</c>: what <c>briefingkit build</c> does, step by step, timed with a Stopwatch in a
/// fresh process (cold: every first call pays for JIT), with the collections each step triggered. This is
/// the breakdown docs/performance.md reports for the end-to-end figures.
/// </summary>
internal static class PipelineBreakdown
{
    public static int Run(Stopwatch sinceMain, string path, bool pdf)
    {
        var limits = SchemaLimits.Default with { MaxFileBytes = long.MaxValue, MaxExpandedNodes = int.MaxValue };
        var output = Path.Combine(Path.GetTempPath(), $"briefingkit-pipeline-{Environment.ProcessId}");
        Directory.CreateDirectory(output);
        try
        {
            var templates = Step("compile built-in templates", () => TemplateSet.Default);
            var loaded = Step("load + validate", () => DossierLoader.Load(path, limits));
            var briefing = Step("compose (content filter)", () => BriefingBuilder.For(loaded.Dossier!).UsingTemplates(templates).Build());
            Step("view model (analyses, footnotes)", () => briefing.View);
            var markdown = Step("render Markdown", () => MarkdownRenderer.Render(briefing));
            Step("write Markdown", () =>
            {
                File.WriteAllText(Path.Combine(output, "briefing.md"), markdown);
                return 0;
            });
            if (pdf)
            {
                Step("render + write PDF", () =>
                {
                    using var file = File.Create(Path.Combine(output, "briefing.pdf"));
                    return PdfBriefingRenderer.Render(markdown, new PdfBriefingOptions(), file, "briefing.md").PageCount;
                });
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total since Main {sinceMain.Elapsed.TotalMilliseconds:0} ms, peak {Harness.ChildRun.PeakOfSelfMB():0} MB"));
            return 0;
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static T Step<T>(string name, Func<T> step)
    {
        var gcs = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        var result = step();
        var elapsed = watch.Elapsed;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-36} {elapsed.TotalMilliseconds,8:0} ms   GCs {GC.CollectionCount(0) - gcs,3}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds,5:0} ms"));
        return result;
    }
}
