using BriefingKit.Schema.Model;

namespace BriefingKit.Model;

/// <summary>An organisation or office, possibly part of a parent agency.</summary>
public sealed class Agency : IParty
{
    /// <summary>The agency's <c>id</c>, unique across the dossier.</summary>
    public required string Id { get; init; }

    /// <summary>Always <see cref="EntityKind.Agency"/>.</summary>
    public EntityKind Kind => EntityKind.Agency;

    /// <summary>The agency's <see cref="Name"/>.</summary>
    public string DisplayName => Name;

    /// <summary>The agency's full name: "U.S. Customs and Border Protection".</summary>
    public required string Name { get; init; }

    /// <summary>Its acronym (<c>short</c>): "CBP"; null when not given.</summary>
    public string? Short { get; init; }

    /// <summary>What sort of body it is (<c>kind</c>); <see cref="AgencyKind.Government"/> when not given.</summary>
    public AgencyKind AgencyKind { get; init; } = AgencyKind.Government;

    /// <summary>The ISO 3166-1 alpha-2 code of its country; null for an international body or when not given.</summary>
    public string? Country { get; init; }

    /// <summary>The agency it is part of (<c>parent</c>); null at the top. Parent chains never form a cycle.</summary>
    public Agency? Parent { get; internal set; }

    /// <summary>The agency's <c>tags</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The analyst's <c>notes</c>; null when none.</summary>
    public string? Notes { get; init; }

    /// <summary>This agency and its parents, nearest first.</summary>
    public IEnumerable<Agency> SelfAndAncestors()
    {
        for (var agency = this; agency is not null; agency = agency.Parent)
        {
            yield return agency;
        }
    }

    /// <summary>The agency's <see cref="Id"/>.</summary>
    public override string ToString() => Id;
}

/// <summary>A person, named or anonymous ("a senior administration official").</summary>
public sealed class Actor : IParty
{
    /// <summary>The actor's <c>id</c>, unique across the dossier.</summary>
    public required string Id { get; init; }

    /// <summary>Always <see cref="EntityKind.Actor"/>.</summary>
    public EntityKind Kind => EntityKind.Actor;

    /// <summary>The actor's <see cref="Name"/>.</summary>
    public string DisplayName => Name;

    /// <summary>The person's name with its accents ("Andrés Manuel López Obrador"); for an anonymous actor, a description.</summary>
    public required string Name { get; init; }

    /// <summary>Other spellings of the name ("AMLO", "Lopez Obrador"); <see cref="Dossier.Actor(string)"/> finds the actor by any of them.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>True for an unnamed official ("a senior administration official"), whose <see cref="Affiliation"/> is then set.</summary>
    public bool Anonymous { get; init; }

    /// <summary>The agency the actor belongs to (<c>affiliation</c>); always set for an anonymous actor, else null when not given.</summary>
    public Agency? Affiliation { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 code of the actor's country; null when not given.</summary>
    public string? Country { get; init; }

    /// <summary>The titles the actor has held, in dossier order.</summary>
    public IReadOnlyList<Role> Roles { get; init; } = [];

    /// <summary>The actor's <c>tags</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The analyst's <c>notes</c>; null when none.</summary>
    public string? Notes { get; init; }

    /// <summary>The role held on <paramref name="date"/>: the latest-starting role whose span covers it.</summary>
    public Role? RoleAsOf(PartialDate date) =>
        Roles.Where(r => r.IsHeldOn(date)).OrderByDescending(r => r.From ?? new PartialDate(1, 0, 0)).FirstOrDefault();

    /// <summary>The actor's <see cref="Id"/>.</summary>
    public override string ToString() => Id;
}

/// <summary>A title held in an agency over a span of time (either end may be open).</summary>
/// <param name="Title">The title as held: "Secretary of State".</param>
/// <param name="Agency">The agency the title is held in; null when not given.</param>
/// <param name="Country">The ISO 3166-1 alpha-2 code of the role's country; null when not given.</param>
/// <param name="From">When the role began; null when not known.</param>
/// <param name="To">When it ended; null while it is held or when not known.</param>
/// <param name="Citations">The passages that report the role.</param>
public sealed record Role(string Title, Agency? Agency, string? Country, PartialDate? From, PartialDate? To, IReadOnlyList<Citation> Citations)
{
    /// <summary>True when the role's span overlaps <paramref name="date"/> at the date's precision; an open end counts as always.</summary>
    public bool IsHeldOn(PartialDate date) =>
        (From is null || From.Value.Start <= date.End) && (To is null || To.Value.End >= date.Start);
}
