using BriefingKit.Generators.Model;
using Microsoft.CodeAnalysis;

namespace BriefingKit.Generators;

/// <summary>
/// Turns each <c>*.dossier.yaml</c> AdditionalFile into a typed catalog class (<c>UsMexicoMigration2023.Actors.LopezObrador</c>)
/// whose <c>Dossier</c> is rebuilt from data compiled into the assembly. <see cref="Analyzers.DossierFileAnalyzer"/>
/// reports a dossier's diagnostics, located in the YAML; a dossier with errors still gets its catalog's types and
/// members (whose <c>Dossier</c> throws), so those BK errors are the only ones its user sees.
/// </summary>
/// <remarks>
/// Pipeline (each step named for incremental tests): files → <see cref="TrackingNames.Parsed"/> (one per file) →
/// <see cref="TrackingNames.Valid"/> (one per path, errors or not); class names over all files (<see cref="TrackingNames.ClassNames"/>),
/// MSBuild options and compilation features are folded into one <see cref="TrackingNames.Settings"/> value;
/// each valid dossier + settings → <see cref="TrackingNames.Catalogs"/> → source. Editing C# re-runs only the cheap
/// features check; editing one dossier re-parses and re-emits only that dossier. Templates (<c>*.sbn</c>) are
/// checked against the briefing view in a pipeline of their own (DossierGenerator.Templates.cs).
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class DossierGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var limits = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => Parser.ReadLimits(provider.GlobalOptions));
        var parsed = context.AdditionalTextsProvider
            .Where(static file => Parser.IsDossier(file.Path))
            .Combine(limits)
            .Select(static (x, token) => Parser.Parse(x.Left, x.Right, token))
            .WithTrackingName(TrackingNames.Parsed);

        // The same file listed twice in AdditionalFiles (a glob plus an explicit item) must be emitted once: hint
        // names are checked across all outputs. Distinct-by-path keeps per-dossier caching: unchanged items stay Cached.
        // Dossiers with errors stay in: their catalogs are still emitted (see CatalogModel), so C# that uses them does
        // not fail with CS0103/CS0246 beside the BK errors the analyzer reports in the YAML.
        var valid = parsed
            .Collect()
            .SelectMany(static (dossiers, _) => Parser.DistinctByPath(dossiers))
            .WithTrackingName(TrackingNames.Valid);

        var classNames = valid
            .Select(static (dossier, _) => new ClassNameRequest(dossier.Path, Parser.DossierId(dossier)))
            .Collect()
            .Select(static (requests, _) => Naming.CatalogLayout.AssignClassNames(requests))
            .WithTrackingName(TrackingNames.ClassNames);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => Parser.ReadOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var hasBriefingBuilder = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(Parser.BriefingBuilderMetadataName) is not null)
            .WithTrackingName(TrackingNames.Features);

        var settings = classNames.Combine(options).Combine(hasBriefingBuilder)
            .Select(static (x, _) => new CatalogSettings(x.Left.Left, x.Left.Right, x.Right))
            .WithTrackingName(TrackingNames.Settings);

        var catalogs = valid.Combine(settings)
            .Select(static (x, token) => Parser.BuildCatalog(x.Left, x.Right, token))
            .Where(static catalog => catalog is not null)
            .WithTrackingName(TrackingNames.Catalogs);

        context.RegisterSourceOutput(catalogs, static (context, catalog) => Emitter.Emit(context, catalog!));
        InitializeTemplates(context);
    }

    /// <summary>Names of the pipeline steps, for <c>GeneratorRunResult.TrackedSteps</c> in tests.</summary>
    public static class TrackingNames
    {
        public const string Parsed = nameof(Parsed);
        public const string Valid = nameof(Valid);
        public const string ClassNames = nameof(ClassNames);
        public const string Options = nameof(Options);
        public const string Features = nameof(Features);
        public const string Settings = nameof(Settings);
        public const string Catalogs = nameof(Catalogs);
        public const string TemplateSets = nameof(TemplateSets);
        public const string ViewShape = nameof(ViewShape);
        public const string TemplateChecks = nameof(TemplateChecks);
    }
}
