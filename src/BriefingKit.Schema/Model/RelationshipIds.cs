using System;
using System.Collections.Generic;
using System.Linq;

namespace BriefingKit.Schema.Model;

/// <summary>
/// Ids for relationships written without one: <c>&lt;from&gt;-&lt;type&gt;-&lt;to&gt;-&lt;position&gt;</c>, with a
/// <c>-2</c>, <c>-3</c> … suffix if that collides with an id already in the dossier. One rule shared by the runtime
/// loader and the compile-time analyzers, so a lookup that compiles also resolves.
/// </summary>
internal static class RelationshipIds
{
    /// <summary>The id of every relationship, in dossier order.</summary>
    public static IReadOnlyList<string> Assign(DossierSpec spec)
    {
        var taken = new HashSet<string>(
            spec.Sources.Select(s => s.Id).Concat(spec.Actors.Select(a => a.Id)).Concat(spec.Agencies.Select(a => a.Id))
                .Concat(spec.Policies.Select(p => p.Id)).Concat(spec.Statistics.Select(s => s.Id)).Concat(spec.Events.Select(e => e.Id))
                .Concat(spec.Statements.Select(s => s.Id)).Concat(spec.Relationships.Select(r => r.Id ?? string.Empty)).Concat(spec.Claims.Select(c => c.Id)),
            StringComparer.Ordinal);
        var ids = new List<string>(spec.Relationships.Count);
        for (var i = 0; i < spec.Relationships.Count; i++)
        {
            var r = spec.Relationships[i];
            if (r.Id is not null)
            {
                ids.Add(r.Id);
                continue;
            }

            var natural = $"{r.From.Id}-{Kebab.Of(r.Type)}-{r.To.Id}-{i + 1}";
            var id = natural;
            for (var n = 2; !taken.Add(id); n++)
            {
                id = $"{natural}-{n}";
            }

            ids.Add(id);
        }

        return ids;
    }
}
