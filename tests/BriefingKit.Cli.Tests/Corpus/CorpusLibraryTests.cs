using System.Diagnostics;
using BriefingKit.Briefing;
using BriefingKit.Cli.Tests.Support;
using BriefingKit.Loading;

namespace BriefingKit.Cli.Tests.Corpus;

/// <summary>Every corpus case through the library: exactly the expected diagnostics, and a clean case renders.</summary>
public class CorpusLibraryTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(CorpusCases.Names), MemberType = typeof(CorpusCases))]
    public void Loader_gives_exactly_the_expected_diagnostics(string name)
    {
        var testCase = CorpusCases.All[name];
        using var folder = new TempFolder();
        using var input = testCase.Prepare(folder);

        var clock = Stopwatch.StartNew();
        var result = DossierLoader.Load(input.Path, testCase.Limits);
        output.WriteLine($"{name}: loaded in {clock.Elapsed.TotalMilliseconds:0} ms, {result.Diagnostics.Count} diagnostics");

        result.Diagnostics.Select(Expected.Of).ToList().ShouldBe(testCase.Expected, $"diagnostics were:\n{string.Join("\n", result.Diagnostics.Take(20))}");
        result.Diagnostics.ShouldAllBe(d => d.File == input.Path && d.Message.Length > 0);
        (result.Dossier is null).ShouldBe(testCase.HasErrors);
        if (result.Dossier is not null)
        {
            var markdown = BriefingBuilder.For(result.Dossier).Build().RenderMarkdown();
            testCase.Renders.ShouldAllBe(text => markdown.Contains(text, StringComparison.Ordinal));
        }
    }
}
