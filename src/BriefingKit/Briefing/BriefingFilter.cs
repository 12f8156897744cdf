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
    /// <summary>The filter that keeps everything.</summary>
    public static BriefingFilter None { get; } = new();

    /// <summary>The start of the date range, at its precision; null for no lower bound.</summary>
    public PartialDate? From { get; init; }

    /// <summary>The end of the date range, inclusive at its precision (<c>2023-12</c> runs to 31 December); null for no upper bound.</summary>
    public PartialDate? To { get; init; }

    /// <summary>Actors to select, by id, name or alias.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>Agency ids to select; each also selects its sub-agencies and the actors affiliated with or holding a role in them.</summary>
    public IReadOnlyList<string> Agencies { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2 codes; selects the actors and agencies of those countries.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Tags to keep; an event, statement, statistic or policy is kept when it carries any of them.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>True when either end of the date range is set.</summary>
    public bool HasDateRange => From is not null || To is not null;

    /// <summary>True when any actor, agency or country is selected.</summary>
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
