using BriefingKit.Model;
using BriefingKit.Schema.Model;

namespace BriefingKit.Analysis;

/// <summary>An actor with the role they held on the briefing date.</summary>
/// <param name="Actor">The person, named or unnamed.</param>
/// <param name="Role">The role held on the date (<see cref="Model.Actor.RoleAsOf"/>); null when none covers it.</param>
internal sealed record WhosWhoEntry(Actor Actor, Role? Role)
{
    /// <summary>"Secretary of State, U.S. Department of State" or the affiliation of an unnamed official.</summary>
    public string RoleText =>
        Role is { } role ? role.Agency is { } agency && !Mentions(role.Title, agency) ? $"{role.Title}, {agency.Name}" : role.Title
        : Actor.Affiliation is { } affiliation ? affiliation.Name : "—";

    // "Acting Commissioner, U.S. Customs and Border Protection" already names its agency.
    private static bool Mentions(string title, Agency agency) =>
        title.Contains(agency.Name, StringComparison.OrdinalIgnoreCase)
        || (agency.Short is { Length: > 1 } acronym && title.Split(' ', ',', '(', ')').Contains(acronym, StringComparer.Ordinal));
}

/// <summary>Who's who as of a date: named actors first (by name), then unnamed officials.</summary>
internal static class WhosWho
{
    /// <summary>Each actor with the role held on <paramref name="date"/>: named actors first, then anonymous ones, each group by name (ordinal).</summary>
    public static IReadOnlyList<WhosWhoEntry> AsOf(IEnumerable<Actor> actors, PartialDate date) =>
        actors.OrderBy(a => a.Anonymous).ThenBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => new WhosWhoEntry(a, a.RoleAsOf(date))).ToList();
}
