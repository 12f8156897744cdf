using BriefingKit.Schema.Model;

namespace BriefingKit.Model;

/// <summary>Anything in a dossier that has an id.</summary>
public interface IEntity
{
    string Id { get; }

    EntityKind Kind { get; }

    /// <summary>How a reader sees the entity named: a person's name, a statistic's description.</summary>
    string DisplayName { get; }
}

/// <summary>An actor or an agency: someone who can speak, take part, own a policy or report a figure.</summary>
public interface IParty : IEntity
{
    string? Country { get; }
}

/// <summary>A fact backed by sourced citations.</summary>
public interface ICited : IEntity
{
    IReadOnlyList<Citation> Citations { get; }
}
