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

    /// <summary>Checking the built-in templates may add at most this much to a build (issue 15).</summary>
    private const double TemplateGoalMs = 20;

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

        TemplateRatios(report, settings);
    }

    /// <summary>
    /// The built-in templates (3 main templates, 19 partials) checked by the generator: the first run in the process
    /// (Scriban's parser and the checker not yet compiled by the JIT, as in a fresh compiler server), a cold run
    /// (new driver), and a run after an unrelated C# edit (the view's shape is re-read and found equal; nothing else runs).
    /// </summary>
    private static void TemplateRatios(Report report, RunSettings settings)
    {
        var first = System.Diagnostics.Stopwatch.StartNew();
        var run = new TemplateRun();
        first.Stop();
        var timed = Meter.Interleaved([run.Cold, run.AfterCSharpEdit], settings.MinRuns, settings.Budget / 8);
        report.Time("generator-templates-first-run", first.Elapsed.TotalMilliseconds);
        report.Time("generator-templates-cold", timed[0].MinMs, Harness.Goal.Max(TemplateGoalMs));
        report.Time("generator-templates-after-csharp-edit", timed[1].MinMs);
    }

    /// <summary>One consumer compilation with one dossier, and the driver state after a cold run (drivers are immutable).</summary>
    private sealed class GeneratorRun
    {
        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(BuildReferences);

        public static ImmutableArray<MetadataReference> SharedReferences => References.Value;

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

    /// <summary>A consumer compilation with the built-in templates, and no dossier, as AdditionalFiles.</summary>
    private sealed class TemplateRun
    {
        private readonly CSharpCompilation compilation;
        private readonly CSharpCompilation edited;
        private readonly ImmutableArray<AdditionalText> files;
        private readonly GeneratorDriver warm;

        public TemplateRun()
        {
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            compilation = CSharpCompilation.Create(
                "Consumer",
                [CSharpSyntaxTree.ParseText("namespace Demo; public class A { }", parse, "/src/A.cs")],
                GeneratorRun.SharedReferences,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            edited = compilation.ReplaceSyntaxTree(
                compilation.SyntaxTrees.Single(),
                CSharpSyntaxTree.ParseText("namespace Demo; public class A { public int B; }", parse, "/src/A.cs"));
            files = [.. Templates.TemplateFiles.EmbeddedNames().Select(n => (AdditionalText)new Text($"/proj/templates/{n}.md.sbn", Templates.TemplateFiles.Embedded(n).Main.Text)),
                .. Templates.TemplateFiles.Embedded().Partials.Select(p => (AdditionalText)new Text($"/proj/templates/partials/{p.Key}.md.sbn", p.Value.Text))];
            warm = NewDriver().RunGenerators(compilation);
            if (!warm.GetRunResult().Diagnostics.IsEmpty)
            {
                throw new InvalidOperationException($"the built-in templates do not check clean: {warm.GetRunResult().Diagnostics[0]}");
            }
        }

        public void Cold() => NewDriver().RunGenerators(compilation);

        public void AfterCSharpEdit() => warm.RunGenerators(edited);

        private GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
            [new DossierGenerator().AsSourceGenerator()], files, new CSharpParseOptions(LanguageVersion.Latest), Options.Demo, new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None));
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
