using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SchemaDiagnostic = BriefingKit.Schema.Diagnostics.Diagnostic;

namespace BriefingKit.Generators.Analyzers;

/// <summary>
/// Reports every diagnostic BriefingKit.Schema finds in a <c>*.dossier.yaml</c> AdditionalFile as a Roslyn
/// diagnostic with the same code, severity and message, located in the YAML, so `dotnet build` prints
/// <c>x.dossier.yaml(12,5): error BK3002: …</c>. Diagnostics stay out of the generator's source pipeline
/// (incremental-generator cookbook): this runs as additional-file analysis.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DossierFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.DossierFile;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterAdditionalFileAction(Analyze);
    }

    private static void Analyze(AdditionalFileAnalysisContext context)
    {
        var path = context.AdditionalFile.Path;
        if (!DossierGenerator.Parser.IsDossier(path) || context.AdditionalFile.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        var limits = DossierGenerator.Parser.ReadLimits(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        foreach (var diagnostic in DossierCache.Read(path, text, limits).Diagnostics)
        {
            context.ReportDiagnostic(ToRoslyn(diagnostic, path, text));
        }
    }

    /// <summary>Schema lines and columns are 1-based; Roslyn's are 0-based. Offsets are clamped to the text.</summary>
    internal static Diagnostic ToRoslyn(SchemaDiagnostic diagnostic, string path, SourceText text) => ToRoslyn(diagnostic, path, text.Length);

    /// <inheritdoc cref="ToRoslyn(SchemaDiagnostic, string, SourceText)"/>
    internal static Diagnostic ToRoslyn(SchemaDiagnostic diagnostic, string path, int textLength)
    {
        var span = diagnostic.Span;
        var start = Math.Min(Math.Max(0, span.Offset), textLength);
        var end = Math.Min(Math.Max(start, span.EndOffset), textLength);
        var first = new LinePosition(Math.Max(0, span.Line - 1), Math.Max(0, span.Column - 1));
        var last = new LinePosition(Math.Max(0, span.EndLine - 1), Math.Max(0, span.EndColumn - 1));
        var lines = new LinePositionSpan(first, last < first ? first : last);
        var location = Location.Create(path, TextSpan.FromBounds(start, end), lines);
        return DiagnosticDescriptors.ByCode.TryGetValue(diagnostic.Code, out var descriptor)
            ? Diagnostic.Create(descriptor, location, diagnostic.Message)
            : Diagnostic.Create(
                DiagnosticDescriptors.UnlistedDossierCode, location, DiagnosticDescriptors.Severity(diagnostic.Severity),
                additionalLocations: null, properties: null, diagnostic.Code, diagnostic.Message);
    }
}
