using System.Diagnostics;
using System.Globalization;
using BriefingKit.Generators.Tests.Support;
using BriefingKit.Schema;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace BriefingKit.Generators.Tests.Timing;

/// <summary>
/// Generator wall-clock times (Stopwatch; the figures in docs/generator.md): a cold run with a new driver, a run
/// after an unrelated C# edit, and a run after a dossier edit, for the small test dossier, the seed dossier and a
/// synthetic ~10,000-fact dossier. Medians of several runs after a warm-up; printed, never asserted.
/// Run: BRIEFINGKIT_GENERATOR_TIMINGS=1 dotnet test tests/BriefingKit.Generators.Tests --filter GeneratorTimings --logger "console;verbosity=detailed"
/// </summary>
public class GeneratorTimings(ITestOutputHelper output)
{
    private const int Runs = 5;

    [TimingFact]
    public void Generator_time_cold_after_a_csharp_edit_and_after_a_dossier_edit()
    {
        var cases = new List<(string Name, string Text)>
        {
            ("small test dossier (border-talks)", TestDossiers.Text("border-talks.dossier.yaml")),
            ("seed dossier", File.ReadAllText(SeedDossierFactAttribute.Path)),
            ("synthetic, 10,000 facts", SyntheticDossier.Yaml(10_000)),
        };
        Measure(cases[0].Text); // warm-up: JIT of the generator, Schema and YamlDotNet

        output.WriteLine("| dossier | YAML | generated C# | DossierReader.Read | cold run | after C# edit | after dossier edit | compiling the generated C# |");
        output.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var (name, text) in cases)
        {
            var samples = Enumerable.Range(0, Runs).Select(_ => Measure(text)).ToList();
            var compile = Compile(text);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {text.Length / 1024.0:0} KiB | {samples[0].GeneratedChars / 1024.0:0} KiB | {Median(samples, s => s.Read)} | {Median(samples, s => s.Cold)} | {Median(samples, s => s.CSharpEdit)} | {Median(samples, s => s.DossierEdit)} | {Median([compile], t => t)} |"));
        }
    }

    private static (TimeSpan Read, TimeSpan Cold, TimeSpan CSharpEdit, TimeSpan DossierEdit, int GeneratedChars) Measure(string text)
    {
        var compilation = Compilations.Create("namespace Demo; public class A { }");
        var file = new InMemoryAdditionalText("/src/timed.dossier.yaml", text);
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("namespace Demo; public class A { public int B; }", Compilations.ParseOptions, "/src/Code0.cs"));
        var retitled = new InMemoryAdditionalText(file.Path, text.Replace("title: \"", "title: \"Revised: ", StringComparison.Ordinal));

        var clock = Stopwatch.StartNew();
        DossierReader.Read("timed.dossier.yaml", text);
        var read = clock.Elapsed;

        clock.Restart();
        var driver = Compilations.Driver([file], trackSteps: false).RunGenerators(compilation);
        var cold = clock.Elapsed;
        var generated = driver.GetRunResult().Results.Single().GeneratedSources.Sum(s => s.SourceText.Length);
        generated.ShouldBeGreaterThan(0);

        clock.Restart();
        driver = driver.RunGenerators(edited);
        var csharpEdit = clock.Elapsed;

        clock.Restart();
        driver.ReplaceAdditionalText(file, retitled).RunGenerators(edited);
        var dossierEdit = clock.Elapsed;
        return (read, cold, csharpEdit, dossierEdit, generated);
    }

    /// <summary>Binding and emitting the generated catalog (what the generator adds to every build's compile time).</summary>
    private static TimeSpan Compile(string text)
    {
        var (_, output, _) = Compilations.Generate(Compilations.Create(), [new InMemoryAdditionalText("/src/timed.dossier.yaml", text)]);
        using var image = new MemoryStream();
        var clock = Stopwatch.StartNew();
        output.Emit(image).Success.ShouldBeTrue();
        return clock.Elapsed;
    }

    private static string Median<T>(List<T> samples, Func<T, TimeSpan> pick)
    {
        var sorted = samples.Select(pick).Order().ToList();
        var ms = sorted[sorted.Count / 2].TotalMilliseconds;
        return ms < 10 ? ms.ToString("0.00", CultureInfo.InvariantCulture) + " ms" : ms.ToString("0", CultureInfo.InvariantCulture) + " ms";
    }
}
