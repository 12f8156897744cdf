using BriefingKit.Model;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Text;

namespace BriefingKit.Briefing;

/// <summary>
/// Tags and countries a briefing is filtered by that nothing in the dossier carries (BK5006). Such a filter
/// selects nothing, so a typo ("bordr") would give an empty briefing without a word; a warning, not an error,
/// because one command may filter several dossiers by the same list.
/// </summary>
internal static class FilterWarnings
{
    public static IReadOnlyList<Diagnostic> Find(Dossier dossier, BriefingFilter filter)
    {
        if (filter.Tags.Count == 0 && filter.Countries.Count == 0)
        {
            return [];
        }

        var warnings = new List<Diagnostic>();
        var tags = Tags(dossier);
        foreach (var tag in filter.Tags.Where(t => !tags.Contains(t)).Distinct(StringComparer.Ordinal))
        {
            warnings.Add(Codes.FilterSelectsNothing.Create(dossier.File, TextSpan.FileStart, $"no fact in the dossier is tagged '{tag}'", Suggestions.DidYouMean(tag, tags)));
        }

        var countries = Countries(dossier);
        foreach (var country in filter.Countries.Where(c => !countries.Contains(c)).Distinct(StringComparer.Ordinal))
        {
            warnings.Add(Codes.FilterSelectsNothing.Create(dossier.File, TextSpan.FileStart, $"no actor or agency in the dossier belongs to country '{country}'", Suggestions.DidYouMean(country, countries)));
        }

        return warnings;
    }

    private static HashSet<string> Tags(Dossier dossier) =>
        [.. dossier.Tags, .. dossier.Events.SelectMany(e => e.Tags), .. dossier.Statements.SelectMany(s => s.Tags), .. dossier.Statistics.SelectMany(s => s.Tags),
            .. dossier.Policies.SelectMany(p => p.Tags), .. dossier.Actors.SelectMany(a => a.Tags), .. dossier.Agencies.SelectMany(a => a.Tags)];

    private static HashSet<string> Countries(Dossier dossier) =>
        [.. dossier.Agencies.Select(a => a.Country)
            .Concat(dossier.Actors.Select(a => a.Country))
            .Concat(dossier.Actors.Select(a => a.Affiliation?.Country))
            .Concat(dossier.Actors.SelectMany(a => a.Roles.Select(r => r.Country ?? r.Agency?.Country)))
            .OfType<string>()];
}
