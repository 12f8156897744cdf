using BriefingKit.Schema.Model;

namespace BriefingKit.Model;

/// <summary>An organisation or office, possibly part of a parent agency.</summary>
public sealed class Agency : IParty
{
    public required string Id { get; init; }

    public EntityKind Kind => EntityKind.Agency;

    public string DisplayName => Name;

    public required string Name { get; init; }

    public string? Short { get; init; }

    public AgencyKind AgencyKind { get; init; } = AgencyKind.Government;

    public string? Country { get; init; }

    public Agency? Parent { get; internal set; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Notes { get; init; }

    /// <summary>This agency and its parents, nearest first.</summary>
    public IEnumerable<Agency> SelfAndAncestors()
    {
        for (var agency = this; agency is not null; agency = agency.Parent)
        {
            yield return agency;
        }
    }

    public override string ToString() => Id;
}

/// <summary>A person, named or anonymous ("a senior administration official").</summary>
public sealed class Actor : IParty
{
    public required string Id { get; init; }

    public EntityKind Kind => EntityKind.Actor;

    public string DisplayName => Name;

    public required string Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public bool Anonymous { get; init; }

    public Agency? Affiliation { get; init; }

    public string? Country { get; init; }

    public IReadOnlyList<Role> Roles { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Notes { get; init; }

    /// <summary>The role held on <paramref name="date"/>: the latest-starting role whose span covers it.</summary>
    public Role? RoleAsOf(PartialDate date) =>
        Roles.Where(r => r.IsHeldOn(date)).OrderByDescending(r => r.From ?? new PartialDate(1, 0, 0)).FirstOrDefault();

    public override string ToString() => Id;
}

/// <summary>A title held in an agency over a span of time (either end may be open).</summary>
public sealed record Role(string Title, Agency? Agency, string? Country, PartialDate? From, PartialDate? To, IReadOnlyList<Citation> Citations)
{
    public bool IsHeldOn(PartialDate date) =>
        (From is null || From.Value.Start <= date.End) && (To is null || To.Value.End >= date.Start);
}
