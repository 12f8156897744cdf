using System.Collections.Generic;
using System.Linq;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Model;

namespace BriefingKit.Schema.Validation;

/// <summary>Finds agencies that are their own ancestor through <c>parent</c>; reports each cycle once.</summary>
internal static class AgencyCycles
{
    public static void Check(DossierSpec spec, List<Diagnostic> diagnostics)
    {
        var parents = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var agency in spec.Agencies.Where(a => a.Id.Length > 0 && a.Parent is not null && !parents.ContainsKey(a.Id)))
        {
            parents[agency.Id] = agency.Parent!.Id;
        }

        var reported = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var agency in spec.Agencies.Where(a => a.Parent is not null))
        {
            var path = new List<string> { agency.Id };
            var current = agency.Id;
            while (parents.TryGetValue(current, out var parent) && path.Count <= parents.Count)
            {
                if (parent == agency.Id)
                {
                    if (path.All(reported.Add))
                    {
                        path.Add(agency.Id);
                        diagnostics.Add(Codes.AgencyCycle.Create(spec.File, agency.Parent!.Span, agency.Id, string.Join(" → ", path)));
                    }

                    break;
                }

                path.Add(parent);
                current = parent;
            }
        }
    }
}
