using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using BriefingKit.Benchmarks.Harness;
using BriefingKit.Benchmarks.Scale;
using BriefingKit.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace BriefingKit.Benchmarks.Extensions;

/// <summary>
/// The source generator (generators/BriefingKit.Generators) driven by <see cref="CSharpGeneratorDriver"/> as the
/// compiler drives it: a cold run (new driver), a run after an unrelated C# edit (the IDE's common case: every
/// dossier step must be cached) and a run after a one-line dossier edit (that dossier is re-read and re-emitted).
/// </summary>
internal static class GeneratorStages
{
    /// <summary>An unrelated edit may cost at most a tenth of a cold run.</summary>
    private const double Goal = 0.1;

    public static void Ratios(Report report, RunSettings settings, IReadOnlyList<Fixture> fixtures, Fixture seed, IReadOnlyDictionary<(string Stage, string Dossier), Sample> samples)
    {
        _ = samples; // timed here: the generator is not a stage of the matrix
        var limit = settings.Mode == "quick" ? 1_000 : 10_000;
        foreach (var fixture in fixtures.Where(f => f.Facts >= 1_000 && f.Facts <= limit).Prepend(seed))
        {
            var run = new GeneratorRun(fixture);
            var timed = Meter.Interleaved([run.Cold, run.AfterCSharpEdit, run.AfterDossierEdit], settings.MinRuns, settings.Budget / 8);
            report.Time($"generator-cold-{fixture.Name}", timed[0].MinMs);
            report.Time($"generator-after-csharp-edit-{fixture.Name}", timed[1].MinMs);
            report.Time($"generator-after-dossier-edit-{fixture.Name}", timed[2].MinMs);
            report.Ratio($"generator-csharp-edit-vs-cold-{fixture.Name}", timed[1].MinMs / timed[0].MinMs, Harness.Goal.Max(Goal));
        }
    }

    /// <summary>One consumer compilation with one dossier, and the driver state after a cold run (drivers are immutable).</summary>
    private sealed class GeneratorRun
    {
        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(BuildReferences);

        private readonly CSharpCompilation compilation;
        private readonly CSharpCompilation edited;
        private readonly AdditionalText file;
        private readonly AdditionalText retitled;
        private readonly GeneratorDriver warm;

        public GeneratorRun(Fixture fixture)
        {
            compilation = CSharpCompilation.Create(
                "Consumer",
                [CSharpSyntaxTree.ParseText("namespace Demo; public class A { }", ParseOptions, "/src/A.cs")],
                References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            edited = compilation.ReplaceSyntaxTree(
                compilation.SyntaxTrees.Single(),
                CSharpSyntaxTree.ParseText("namespace Demo; public class A { public int B; }", ParseOptions, "/src/A.cs"));
            file = new Text($"/src/{Path.GetFileName(fixture.Path)}", fixture.Text);
            var at = fixture.Text.IndexOf("title: \"", StringComparison.Ordinal);
            retitled = new Text(file.Path, fixture.Text.Insert(at + "title: \"".Length, "Revised: "));
            warm = NewDriver().RunGenerators(compilation);
            if (warm.GetRunResult().Results.Single().GeneratedSources.IsEmpty)
            {
                throw new InvalidOperationException($"the generator produced nothing for {fixture.Name}");
            }
        }

        public void Cold() => NewDriver().RunGenerators(compilation);

        public void AfterCSharpEdit() => warm.RunGenerators(edited);

        public void AfterDossierEdit() => warm.ReplaceAdditionalText(file, retitled).RunGenerators(compilation);

        private GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
            [new DossierGenerator().AsSourceGenerator()], [file], ParseOptions, Options.Demo, new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None));

        private static ImmutableArray<MetadataReference> BuildReferences()
        {
            var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => string.Equals(Path.GetDirectoryName(p), runtime, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
            return [.. framework, MetadataReference.CreateFromFile(typeof(Model.Dossier).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Schema.Model.DossierSpec).Assembly.Location)];
        }
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => source;
    }

    /// <summary>MSBuild's view for a consumer whose root namespace is Demo.</summary>
    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public static Options Demo { get; } = new(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Demo" });

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;

        private sealed class Values(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static Values Empty { get; } = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
