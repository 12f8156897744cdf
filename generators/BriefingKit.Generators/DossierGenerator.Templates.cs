using System.Linq;
using BriefingKit.Generators.Analyzers;
using BriefingKit.Generators.Templates;
using BriefingKit.Schema;
using BriefingKit.Schema.Templates;
using Microsoft.CodeAnalysis;
using SchemaDiagnostic = BriefingKit.Schema.Diagnostics.Diagnostic;

namespace BriefingKit.Generators;

public sealed partial class DossierGenerator
{
    /// <summary>
    /// The template step: every <c>*.sbn</c> AdditionalFile is grouped into template sets and checked by the
    /// library's own <see cref="TemplateChecker"/> against the briefing view read from Roslyn symbols, so a
    /// misspelt field fails <c>dotnet build</c> at its line in the template. Templates → <see cref="TrackingNames.TemplateSets"/>;
    /// compilation → <see cref="TrackingNames.ViewShape"/> (equal after a C# edit); both → <see cref="TrackingNames.TemplateChecks"/>.
    /// </summary>
    private static void InitializeTemplates(IncrementalGeneratorInitializationContext context)
    {
        var sets = context.AdditionalTextsProvider
            .Where(static file => TemplateSets.IsTemplate(file.Path))
            .Select(static (file, token) => new TemplateInput(file.Path, file.GetText(token)?.ToString() ?? string.Empty))
            .Collect()
            .SelectMany(static (inputs, _) => TemplateSets.Group(inputs))
            .WithTrackingName(TrackingNames.TemplateSets);

        // The view is read from symbols only when the project has templates: a project without them pays nothing.
        // (Every value here is a reference type, so the compiler reuses the JIT code of the dossier pipeline.)
        var anyTemplate = sets.Collect().Select(static (all, _) => all.IsEmpty ? null : TemplatesPresent.Value);
        var shape = context.CompilationProvider.Combine(anyTemplate)
            .Select(static (x, _) => x.Right is null ? null : SymbolTypes.Shape(x.Left))
            .WithTrackingName(TrackingNames.ViewShape);

        var checks = sets.Combine(shape)
            .Select(static (x, _) => new TemplateReport(new EquatableArray<SchemaDiagnostic>(TemplateChecker.Check(x.Left, x.Right).Diagnostics)))
            .WithTrackingName(TrackingNames.TemplateChecks);

        // A partial shared by several main templates (brief, memo, full) is checked with each; report it once.
        // Offsets come from the template's own text, so they need no clamping.
        context.RegisterSourceOutput(checks.Collect(), static (context, all) =>
        {
            foreach (var diagnostic in all.SelectMany(r => r.Diagnostics).Distinct())
            {
                context.ReportDiagnostic(DossierFileAnalyzer.ToRoslyn(diagnostic, diagnostic.File, int.MaxValue));
            }
        });
    }
}
