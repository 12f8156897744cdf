using System.Diagnostics;
using System.Globalization;
using BriefingKit.Pdf.Tests.Support;
using Xunit.Abstractions;

namespace BriefingKit.Pdf.Tests.Document;

/// <summary>Reports (does not assert) how long a warm render of the fixture takes.</summary>
public sealed class RenderTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Warm_render_time_of_the_fixture_is_reported()
    {
        Samples.Render(Samples.Briefing); // warm-up: JIT, font loading, PDFsharp caches
        const int runs = 5;
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < runs; i++)
        {
            Samples.Render(Samples.Briefing);
        }

        double ms = watch.Elapsed.TotalMilliseconds / runs;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm render of the fixture: {ms:0.0} ms (mean of {runs})"));
        ms.ShouldBeGreaterThan(0);
    }
}
