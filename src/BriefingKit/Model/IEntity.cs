using BriefingKit.Schema.Model;

namespace BriefingKit.Model;

/// <summary>Anything in a dossier that has an id.</summary>
public interface IEntity
{
    /// <summary>The entity's kebab-case id, unique across the whole dossier.</summary>
    string Id { get; }

    /// <summary>What sort of entity this is: source, actor, agency, policy, statistic, event, statement, relationship or claim.</summary>
    EntityKind Kind { get; }

    /// <summary>How a reader sees the entity named: a person's name, a statistic's description.</summary>
    string DisplayName { get; }
}

/// <summary>An actor or an agency: someone who can speak, take part, own a policy or report a figure.</summary>
public interface IParty : IEntity
{
    /// <summary>The ISO 3166-1 alpha-2 code of the party's own country; null when the dossier gives none.</summary>
    string? Country { get; }
}

/// <summary>A fact backed by sourced citations.</summary>
public interface ICited : IEntity
{
    /// <summary>The source passages that back the fact.</summary>
    IReadOnlyList<Citation> Citations { get; }
}
