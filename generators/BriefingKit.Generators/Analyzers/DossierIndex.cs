using System;
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Generators.Naming;
using BriefingKit.Schema;
using BriefingKit.Schema.Model;

namespace BriefingKit.Generators.Analyzers;

/// <summary>What the lookup analyzer needs from one valid dossier: each id's kind, actor names and aliases, and generated member names.</summary>
internal sealed class DossierIndex
{
    private readonly Dictionary<string, EntityKind> kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> actorsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string Section, string Member)> members = new(StringComparer.Ordinal);

    private DossierIndex(string dossierId) => DossierId = dossierId;

    public string DossierId { get; }

    /// <summary>Every tag on the dossier or any fact or party in it (what <c>BriefingBuilder.Tagged</c> can select by).</summary>
    public HashSet<string> Tags { get; } = new(StringComparer.Ordinal);

    /// <summary>Every country of an actor, a role or an agency (what <c>BriefingBuilder.InCountries</c> can select by).</summary>
    public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);

    public static DossierIndex Build(DossierSpec spec)
    {
        var index = new DossierIndex(spec.Metadata.Id);
        void Add(string? id, EntityKind kind)
        {
            if (!string.IsNullOrEmpty(id) && !index.kinds.ContainsKey(id!))
            {
                index.kinds.Add(id!, kind);
            }
        }

        foreach (var x in spec.Sources) Add(x.Id, EntityKind.Source);
        foreach (var x in spec.Actors) Add(x.Id, EntityKind.Actor);
        foreach (var x in spec.Agencies) Add(x.Id, EntityKind.Agency);
        foreach (var x in spec.Policies) Add(x.Id, EntityKind.Policy);
        foreach (var x in spec.Statistics) Add(x.Id, EntityKind.Statistic);
        foreach (var x in spec.Events) Add(x.Id, EntityKind.Event);
        foreach (var x in spec.Statements) Add(x.Id, EntityKind.Statement);

        // The same rule DossierFactory uses for relationships written without an id.
        foreach (var id in RelationshipIds.Assign(spec))
        {
            Add(id, EntityKind.Relationship);
        }

        foreach (var x in spec.Claims) Add(x.Id, EntityKind.Claim);

        // Dossier.Actor(string) also accepts a name or alias, case-insensitively; the first actor to claim one wins.
        foreach (var actor in spec.Actors)
        {
            foreach (var name in new[] { actor.Name }.Concat(actor.Aliases))
            {
                if (!index.actorsByName.ContainsKey(name))
                {
                    index.actorsByName.Add(name, actor.Id);
                }
            }
        }

        // The same sets the builder warns about at run time (BriefingKit's FilterWarnings).
        index.Tags.UnionWith(spec.Metadata.Tags.Concat(spec.Events.SelectMany(e => e.Tags)).Concat(spec.Statements.SelectMany(s => s.Tags))
            .Concat(spec.Statistics.SelectMany(s => s.Tags)).Concat(spec.Policies.SelectMany(p => p.Tags))
            .Concat(spec.Actors.SelectMany(a => a.Tags)).Concat(spec.Agencies.SelectMany(a => a.Tags)));
        index.Countries.UnionWith(spec.Agencies.Select(a => a.Country).Concat(spec.Actors.Select(a => a.Country))
            .Concat(spec.Actors.SelectMany(a => a.Roles.Select(r => r.Country))).Where(c => !string.IsNullOrEmpty(c)).Select(c => c!));

        foreach (var (_, className, sectionMembers) in CatalogLayout.Members(spec))
        {
            foreach (var (id, name) in sectionMembers)
            {
                index.members[id] = (className, name);
            }
        }

        return index;
    }

    /// <summary>Finds an id (or, when <paramref name="allowActorName"/>, an actor's name or alias) and its kind.</summary>
    public bool TryResolve(string key, bool allowActorName, out string id, out EntityKind kind)
    {
        if (kinds.TryGetValue(key, out kind))
        {
            id = key;
            return true;
        }

        if (allowActorName && actorsByName.TryGetValue(key, out var actorId))
        {
            id = actorId;
            kind = EntityKind.Actor;
            return true;
        }

        id = key;
        return false;
    }

    public IEnumerable<string> IdsOf(IReadOnlyCollection<EntityKind> allowed) =>
        kinds.Where(pair => allowed.Contains(pair.Value)).Select(pair => pair.Key);

    public bool TryGetMember(string id, out string section, out string member)
    {
        var found = members.TryGetValue(id, out var entry);
        (section, member) = entry;
        return found;
    }
}
