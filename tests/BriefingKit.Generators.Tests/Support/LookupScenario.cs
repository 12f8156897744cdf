using System.Collections.Immutable;
using BriefingKit.Generators.Analyzers;
using Microsoft.CodeAnalysis;

namespace BriefingKit.Generators.Tests.Support;

/// <summary>Consumer code plus dossiers, with the generator run first (as in a real build) and then the lookup analyzer.</summary>
public static class LookupScenario
{
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, Compilation Compilation)> Run(string code, params string[] dossiers)
    {
        var files = TestDossiers.Files(dossiers);
        var (_, output, _) = Compilations.Generate(Compilations.Create(code), files);
        var diagnostics = await Compilations.Analyze(output, new DossierLookupAnalyzer(), files);
        return ([.. diagnostics.OrderBy(d => d.Location.SourceSpan.Start)], output);
    }

    /// <summary>Wraps statements in a method where <c>d</c> is the border-talks catalog's <c>Dossier</c>, as a local.</summary>
    public static string Method(string body) => $$"""
        using BriefingKit.Model;
        namespace Demo;
        public static class Use
        {
            public static object? Run()
            {
                Dossier d = BorderTalks.Dossier;
                {{body}}
            }
        }
        """;
}
