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

        /// <summary>MSBuild property → limit, as the CLI's --max-* options set them (docs/limits.md).</summary>
        private static readonly (string Property, Func<SchemaLimits, long, SchemaLimits> Set)[] LimitProperties =
        {
            ("BriefingKitMaxFileBytes", (l, v) => l with { MaxFileBytes = v }),
            ("BriefingKitMaxDepth", (l, v) => l with { MaxDepth = (int)Math.Min(v, int.MaxValue) }),
            ("BriefingKitMaxAliases", (l, v) => l with { MaxAliases = (int)Math.Min(v, int.MaxValue) }),
            ("BriefingKitMaxExpandedNodes", (l, v) => l with { MaxExpandedNodes = (int)Math.Min(v, int.MaxValue) }),
            ("BriefingKitMaxValueLength", (l, v) => l with { MaxScalarLength = (int)Math.Min(v, int.MaxValue) }),
            ("BriefingKitMaxEntries", (l, v) => l with { MaxEntitiesPerList = (int)Math.Min(v, int.MaxValue) }),
        };

        /// <summary>The dossier limits a project sets (<c>&lt;BriefingKitMaxFileBytes&gt;67108864&lt;/BriefingKitMaxFileBytes&gt;</c>); positive whole numbers only, else the default.</summary>
        public static SchemaLimits ReadLimits(AnalyzerConfigOptions options)
        {
            var limits = SchemaLimits.Default;
            foreach (var (property, set) in LimitProperties)
            {
                if (options.TryGetValue("build_property." + property, out var text) &&
                    long.TryParse(text?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0)
                {
                    limits = set(limits, value);
                }
            }

            return limits;
        }

        /// <summary>
        /// Reads one file. The spec records the file NAME, not the path, so generated code (and the
        /// <c>Dossier.File</c> it reports) is the same on every machine.
        /// </summary>
        public static ParsedDossier Parse(AdditionalText file, SchemaLimits limits, CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                return new ParsedDossier(file.Path, null, HasErrors: true, string.Empty, limits);
            }

            var content = text.ToString();
            var result = Analyzers.DossierCache.Read(file.Path, text, limits);
            if (result.Spec is null)
            {
                var recovered = IdScan.Ids(content).SelectMany(p => p.Value.Select(id => new RecoveredId(p.Key, id))).ToEquatableArray();
                return new ParsedDossier(file.Path, null, HasErrors: true, content, limits, recovered);
            }

            return new ParsedDossier(file.Path, result.Spec, result.HasErrors, content, limits);
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
            options.TryGetValue("build_property.BriefingKitEmbedDossiers", out var embed);
            return new CatalogOptions(
                Identifiers.Namespace(ns),
                string.Equals(visibility?.Trim(), "internal", StringComparison.OrdinalIgnoreCase),
                string.Equals(embed?.Trim(), "true", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>
        /// The dossier's id, or, when it has none that can name a class (the YAML is unreadable or the id is
        /// missing), one taken from the file name: <c>us-mexico-migration-2023.dossier.yaml</c> → <c>us-mexico-migration-2023</c>.
        /// </summary>
        public static string DossierId(ParsedDossier dossier)
        {
            var id = dossier.Spec?.Metadata.Id;
            if (!string.IsNullOrWhiteSpace(id))
            {
                return id!;
            }

            var name = FileName(dossier.Path);
            return name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - Extension.Length) : name;
        }

        /// <summary>The emit model for one dossier, or null when it has no class name (cannot happen: every dossier gets one).</summary>
        public static CatalogModel? BuildCatalog(ParsedDossier dossier, CatalogSettings settings, CancellationToken cancellationToken)
        {
            var className = settings.Names.Entries.FirstOrDefault(e => e.Path == dossier.Path)?.ClassName;
            if (className is null)
            {
                return null;
            }

            var spec = dossier.Spec;
            var docs = spec is null ? null : MemberDocs.Build(spec);
            cancellationToken.ThrowIfCancellationRequested();
            var recovered = dossier.RecoveredIds.ToList(); // a default EquatableArray reads as empty
            var members = spec is null
                ? CatalogLayout.Members(kind => recovered.Where(r => r.Kind == kind).Select(r => r.Id))
                : CatalogLayout.Members(spec);
            var sections = members
                .Select(s => new CatalogSection(
                    s.ClassName,
                    s.Kind,
                    s.Members.Select(m => new CatalogMember(m.Name, m.Id, docs is not null && docs.TryGetValue(m.Id, out var doc) ? doc : EquatableArray<string>.Empty)).ToEquatableArray()))
                .ToEquatableArray();
            var hintName = Identifiers.Unescaped(className) + ".g.cs";
            return new CatalogModel(
                hintName, settings.Options.Namespace, className, settings.Options.Internal, settings.HasBriefingBuilder,
                FileName(dossier.Path), DossierId(dossier), spec, dossier.HasErrors,
                settings.Options.EmbeddedYaml ? string.Empty : dossier.Text, settings.Options.EmbeddedYaml, dossier.Limits, sections);
        }
    }
}
