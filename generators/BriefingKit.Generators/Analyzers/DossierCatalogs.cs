using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BriefingKit.Generators.Model;
using BriefingKit.Generators.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BriefingKit.Generators.Analyzers;

/// <summary>One valid dossier of the compilation with the catalog class the generator gives it.</summary>
internal sealed class DossierCatalog
{
    public DossierCatalog(string? ns, string className, DossierIndex index)
    {
        Index = index;
        Display = Identifiers.Unescaped(className);
        MetadataName = (ns is null ? string.Empty : ns.Replace("@", string.Empty) + ".") + Display;
        Qualified = "global::" + (ns is null ? string.Empty : ns + ".") + className;
    }

    public DossierIndex Index { get; }

    /// <summary>Metadata name of the generated class, for <see cref="Compilation.GetTypeByMetadataName"/>.</summary>
    public string MetadataName { get; }

    /// <summary>The class as C# code names it from anywhere: <c>global::App.UsMexicoMigration2023</c>.</summary>
    public string Qualified { get; }

    /// <summary>The class name as a message shows it.</summary>
    public string Display { get; }

    /// <summary>
    /// The valid dossiers among the AdditionalFiles, named exactly as <see cref="DossierGenerator"/> names them
    /// (same options, same order, same de-duplication).
    /// </summary>
    public static IReadOnlyList<DossierCatalog> Load(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var indexes = new List<(string Path, DossierIndex Index)>();
        var limits = DossierGenerator.Parser.ReadLimits(options.AnalyzerConfigOptionsProvider.GlobalOptions);
        foreach (var file in options.AdditionalFiles)
        {
            if (DossierGenerator.Parser.IsDossier(file.Path) && file.GetText(cancellationToken) is { } text &&
                DossierCache.Index(file.Path, text, limits) is { } index)
            {
                indexes.Add((file.Path, index));
            }
        }

        if (indexes.Count == 0)
        {
            return System.Array.Empty<DossierCatalog>();
        }

        var catalogOptions = DossierGenerator.Parser.ReadOptions(options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var names = CatalogLayout.AssignClassNames(indexes.Select(x => new ClassNameRequest(x.Path, x.Index.DossierId)));
        return names.Entries
            .Select(entry => new DossierCatalog(catalogOptions.Namespace, entry.ClassName, indexes.First(x => x.Path == entry.Path).Index))
            .ToList();
    }
}
