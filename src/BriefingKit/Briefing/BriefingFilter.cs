using BriefingKit.Model;
using BriefingKit.Schema.Model;

namespace BriefingKit.Briefing;

/// <summary>
/// Narrows what a briefing covers. Parties (actors, agencies, countries) combine: a fact is kept when it
/// involves any selected party; an agency selects its staff and sub-agencies too. Dates keep facts whose
/// date or period overlaps the range; tags keep facts carrying any of them. Empty means no narrowing.
/// </summary>
public sealed record BriefingFilter
{
    public static BriefingFilter None { get; } = new();

    public PartialDate? From { get; init; }

    public PartialDate? To { get; init; }

    public IReadOnlyList<string> Actors { get; init; } = [];

    public IReadOnlyList<string> Agencies { get; init; } = [];

    public IReadOnlyList<string> Countries { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public bool HasDateRange => From is not null || To is not null;

    public bool HasParties => Actors.Count > 0 || Agencies.Count > 0 || Countries.Count > 0;

    internal Period Range => new(From, To);

    /// <summary>Every party the actor, agency and country selections name.</summary>
    internal HashSet<IParty> SelectedParties(Dossier dossier)
    {
        var agencies = Agencies.Select(dossier.Agency).ToHashSet();
        var selected = new HashSet<IParty>(Actors.Select(dossier.Actor));
        foreach (var agency in dossier.Agencies.Where(a => a.SelfAndAncestors().Any(agencies.Contains) || Countries.Contains(a.Country ?? "")))
        {
            selected.Add(agency);
        }

        foreach (var actor in dossier.Actors.Where(a => BelongsTo(a, agencies) || InCountry(a)))
        {
            selected.Add(actor);
        }

        return selected;
    }

    private static bool BelongsTo(Actor actor, HashSet<Agency> agencies) =>
        actor.Affiliation?.SelfAndAncestors().Any(agencies.Contains) == true
        || actor.Roles.Any(r => r.Agency?.SelfAndAncestors().Any(agencies.Contains) == true);

    private bool InCountry(Actor actor) =>
        Countries.Contains(actor.Country ?? "") || actor.Roles.Any(r => Countries.Contains(r.Country ?? r.Agency?.Country ?? ""))
        || Countries.Contains(actor.Affiliation?.Country ?? "");
}
