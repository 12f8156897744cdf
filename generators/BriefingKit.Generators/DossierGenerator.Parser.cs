using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using BriefingKit.Generators.Model;
using BriefingKit.Generators.Naming;
using BriefingKit.Generators.Writing;
using BriefingKit.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BriefingKit.Generators;

public sealed partial class DossierGenerator
{
    /// <summary>YAML → equatable pipeline models, using the same <see cref="DossierReader"/> as the runtime loader.</summary>
    internal static class Parser
    {
        public const string Extension = ".dossier.yaml";
        public const string BriefingBuilderMetadataName = "BriefingKit.Briefing.BriefingBuilder";

        public static bool IsDossier(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// Reads one file. The spec records the file NAME, not the path, so generated code (and the
        /// <c>Dossier.File</c> it reports) is the same on every machine.
        /// </summary>
        public static ParsedDossier Parse(AdditionalText file, CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                return new ParsedDossier(file.Path, null);
            }

            var result = DossierReader.Read(FileName(file.Path), text.ToString());
            return new ParsedDossier(file.Path, result.HasErrors ? null : result.Spec);
        }

        public static IEnumerable<ParsedDossier> DistinctByPath(ImmutableArray<ParsedDossier> dossiers)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            return dossiers.Where(d => seen.Add(d.Path));
        }

        /// <summary>Last path segment, whichever separator the host uses.</summary>
        public static string FileName(string path) => path.Substring(path.LastIndexOfAny(new[] { '/', '\\' }) + 1);

        /// <summary>
        /// <c>BriefingKitNamespace</c>, else <c>RootNamespace</c> (both made compiler-visible by the package's
        /// props), else the global namespace; <c>BriefingKitCatalogVisibility=internal</c> makes catalogs internal.
        /// </summary>
        public static CatalogOptions ReadOptions(AnalyzerConfigOptions options)
        {
            options.TryGetValue("build_property.BriefingKitNamespace", out var ns);
            if (string.IsNullOrWhiteSpace(ns))
            {
                options.TryGetValue("build_property.RootNamespace", out ns);
            }

            options.TryGetValue("build_property.BriefingKitCatalogVisibility", out var visibility);
            return new CatalogOptions(Identifiers.Namespace(ns), string.Equals(visibility?.Trim(), "internal", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>The emit model for one valid dossier, or null when it has no class name (cannot happen for a valid file).</summary>
        public static CatalogModel? BuildCatalog(ParsedDossier dossier, CatalogSettings settings, CancellationToken cancellationToken)
        {
            var spec = dossier.Spec!;
            var className = settings.Names.Entries.FirstOrDefault(e => e.Path == dossier.Path)?.ClassName;
            if (className is null)
            {
                return null;
            }

            var docs = MemberDocs.Build(spec);
            cancellationToken.ThrowIfCancellationRequested();
            var sections = CatalogLayout.Members(spec)
                .Select(s => new CatalogSection(
                    s.ClassName,
                    s.Kind,
                    s.Members.Select(m => new CatalogMember(m.Name, m.Id, docs[m.Id])).ToEquatableArray()))
                .ToEquatableArray();
            var hintName = Identifiers.Unescaped(className) + ".g.cs";
            return new CatalogModel(hintName, settings.Options.Namespace, className, settings.Options.Internal, settings.HasBriefingBuilder, spec, sections);
        }
    }
}
