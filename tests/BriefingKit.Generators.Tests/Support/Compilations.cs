using System.Collections.Immutable;
using BriefingKit.Model;
using BriefingKit.Schema.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BriefingKit.Generators.Tests.Support;

/// <summary>Builds consumer compilations and runs the generator and analyzers over them, in memory.</summary>
public static class Compilations
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>Framework assemblies only: the generator's feature checks see no BriefingKit types.</summary>
    public static ImmutableArray<MetadataReference> FrameworkReferences { get; } = BuildFrameworkReferences();

    /// <summary>Framework assemblies plus BriefingKit and BriefingKit.Schema, as a consumer of the package has.</summary>
    public static ImmutableArray<MetadataReference> References { get; } = BuildReferences();

    public static CSharpCompilation Create(IEnumerable<MetadataReference> references, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"/src/Code{i}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));

    public static CSharpCompilation Create(params string[] sources) => Create(References, sources);

    public static GeneratorDriver Driver(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider? options = null, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            [new DossierGenerator().AsSourceGenerator()],
            files,
            ParseOptions,
            options ?? TestOptionsProvider.Demo,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator once; returns the generated sources by hint name and the updated compilation.</summary>
    public static (IReadOnlyDictionary<string, string> Sources, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Generate(
        Compilation compilation, ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider? options = null)
    {
        var driver = Driver(files, options).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var sources = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        return (sources, output, diagnostics);
    }

    public static Task<ImmutableArray<Diagnostic>> Analyze(
        Compilation compilation, DiagnosticAnalyzer analyzer, ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider? options = null) =>
        compilation.WithAnalyzers([analyzer], new AnalyzerOptions(files, options ?? TestOptionsProvider.Demo)).GetAnalyzerDiagnosticsAsync();

    /// <summary>Errors and warnings, formatted for assertion messages.</summary>
    public static string[] Problems(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString())];

    private static ImmutableArray<MetadataReference> BuildReferences() =>
        [.. FrameworkReferences, MetadataReference.CreateFromFile(typeof(Dossier).Assembly.Location), MetadataReference.CreateFromFile(typeof(DossierSpec).Assembly.Location)];

    private static ImmutableArray<MetadataReference> BuildFrameworkReferences()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => string.Equals(Path.GetDirectoryName(p), runtime, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}
