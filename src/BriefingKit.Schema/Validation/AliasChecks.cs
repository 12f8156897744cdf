using System;
using System.Collections.Generic;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Model;

namespace BriefingKit.Schema.Validation;

/// <summary>Warns when one alias (or name) could mean two actors, which would make alias lookups ambiguous.</summary>
internal static class AliasChecks
{
    public static void Check(DossierSpec spec, List<Diagnostic> diagnostics)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in spec.Actors)
        {
            if (actor.Anonymous || actor.Id.Length == 0)
            {
                continue;
            }

            Claim(actor.Name, actor, actor.Span);
            foreach (var alias in actor.Aliases)
            {
                Claim(alias, actor, actor.Span);
            }
        }

        void Claim(string name, ActorSpec actor, TextSpan span)
        {
            if (owners.TryGetValue(name, out var owner) && owner != actor.Id)
            {
                diagnostics.Add(Codes.DuplicateAlias.Create(spec.File, span, name, owner, actor.Id));
            }
            else
            {
                owners[name] = actor.Id;
            }
        }
    }
}
