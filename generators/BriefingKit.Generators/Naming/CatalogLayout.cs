using System;
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Generators.Model;
using BriefingKit.Schema;
using BriefingKit.Schema.Model;

namespace BriefingKit.Generators.Naming;

/// <summary>
/// Where each dossier entity lives in a generated catalog: class, nested section, member name. Shared by the
/// generator and the lookup analyzer (BK7003 and its code fix), so both always agree on the names.
/// </summary>
internal static class CatalogLayout
{
    /// <summary>The nested classes, in emit order, with the entity kind and domain type of their members.</summary>
    public static readonly IReadOnlyList<(string ClassName, EntityKind Kind, string TypeName)> Sections = new[]
    {
        ("Sources", EntityKind.Source, "Source"),
        ("Actors", EntityKind.Actor, "Actor"),
        ("Agencies", EntityKind.Agency, "Agency"),
        ("Policies", EntityKind.Policy, "Policy"),
        ("Statistics", EntityKind.Statistic, "Statistic"),
        ("Events", EntityKind.Event, "Event"),
        ("Statements", EntityKind.Statement, "Statement"),
        ("Claims", EntityKind.Claim, "Claim"),
    };

    /// <summary>The private method each section's members call (<c>Lookup("lopez-obrador")</c>); no member takes its name.</summary>
    public const string LookupMethod = "Lookup";

    /// <summary>Name of the private property holding the dossier's YAML.</summary>
    public const string DataClassName = "Yaml";

    /// <summary>
    /// The manifest resource a dossier is embedded as by the package's build props (<c>BriefingKitEmbedDossiers</c>):
    /// <c>BriefingKit.Dossiers/us-mexico-migration-2023.dossier.yaml</c>. The props give the same name.
    /// </summary>
    public static string ResourceName(string fileName) => "BriefingKit.Dossiers/" + fileName;

    /// <summary>Names the catalog class itself uses; a dossier whose id maps to one of them gets a <c>Catalog</c> suffix.</summary>
    private static readonly string[] ClassMembers =
        Sections.Select(s => s.ClassName).Concat(new[] { "Dossier", "Briefing", DataClassName }).Concat(Identifiers.ObjectMembers).ToArray();

    public static string SectionClass(EntityKind kind) => Sections.First(s => s.Kind == kind).ClassName;

    public static string TypeName(EntityKind kind) => Sections.First(s => s.Kind == kind).TypeName;

    /// <summary>The catalog class name for a dossier id before de-duplication across dossiers.</summary>
    public static string BaseClassName(string dossierId)
    {
        var name = Identifiers.Pascal(dossierId);
        return ClassMembers.Contains(Identifiers.Unescaped(name), StringComparer.OrdinalIgnoreCase) ? name + "Catalog" : name;
    }

    /// <summary>Class names for all valid dossiers: path order, duplicates of one path counted once, clashes suffixed <c>_2</c>.</summary>
    public static ClassNameMap AssignClassNames(IEnumerable<ClassNameRequest> requests)
    {
        var distinct = requests
            .GroupBy(r => r.Path, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .ToList();
        var names = Identifiers.Unique(distinct.Select(r => BaseClassName(r.DossierId)), Array.Empty<string>());
        return new ClassNameMap(distinct.Select((r, i) => new ClassNameEntry(r.Path, names[i])).ToEquatableArray());
    }

    /// <summary>Member names per section, in file order: (id, member name).</summary>
    public static IEnumerable<(EntityKind Kind, string ClassName, IReadOnlyList<(string Id, string Name)> Members)> Members(DossierSpec spec) =>
        Members(kind => IdsOf(spec, kind));

    /// <summary>Member names per section for the ids each kind has (from a spec, or recovered from unreadable YAML).</summary>
    public static IEnumerable<(EntityKind Kind, string ClassName, IReadOnlyList<(string Id, string Name)> Members)> Members(Func<EntityKind, IEnumerable<string>> idsOf)
    {
        foreach (var (className, kind, _) in Sections)
        {
            var ids = idsOf(kind).Where(id => id.Length > 0).ToList();
            var reserved = Identifiers.ObjectMembers.Concat(new[] { className, LookupMethod });
            var names = Identifiers.Unique(ids.Select(Identifiers.Pascal), reserved);
            yield return (kind, className, ids.Select((id, i) => (id, names[i])).ToList());
        }
    }

    private static IEnumerable<string> IdsOf(DossierSpec spec, EntityKind kind) => kind switch
    {
        EntityKind.Source => spec.Sources.Select(x => x.Id),
        EntityKind.Actor => spec.Actors.Select(x => x.Id),
        EntityKind.Agency => spec.Agencies.Select(x => x.Id),
        EntityKind.Policy => spec.Policies.Select(x => x.Id),
        EntityKind.Statistic => spec.Statistics.Select(x => x.Id),
        EntityKind.Event => spec.Events.Select(x => x.Id),
        EntityKind.Statement => spec.Statements.Select(x => x.Id),
        EntityKind.Claim => spec.Claims.Select(x => x.Id),
        _ => Enumerable.Empty<string>(),
    };
}
