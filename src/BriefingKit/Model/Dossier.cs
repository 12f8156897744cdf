using System.Collections.Frozen;
using BriefingKit.Schema.Model;

namespace BriefingKit.Model;

/// <summary>
/// A validated dossier with every reference resolved to its object. Build one with
/// <see cref="Loading.DossierLoader"/> (from YAML) or from a generated catalog.
/// </summary>
public sealed class Dossier
{
    private readonly FrozenDictionary<string, IEntity> byId;
    private readonly FrozenDictionary<string, Actor> actorsByAlias;

    internal Dossier(DossierContents contents)
    {
        Id = contents.Metadata.Id;
        Title = contents.Metadata.Title;
        Subtitle = contents.Metadata.Subtitle;
        AsOf = contents.Metadata.AsOf;
        Marking = contents.Metadata.Marking;
        Audience = contents.Metadata.Audience;
        Author = contents.Metadata.Author;
        Summary = contents.Metadata.Summary;
        BottomLine = contents.Metadata.BottomLine;
        Tags = contents.Metadata.Tags.ToList();
        File = contents.File;
        KeyJudgments = contents.KeyJudgments;
        Sources = contents.Sources;
        Actors = contents.Actors;
        Agencies = contents.Agencies;
        Policies = contents.Policies;
        Statistics = contents.Statistics;
        Events = contents.Events;
        Statements = contents.Statements;
        Relationships = contents.Relationships;
        Claims = contents.Claims;

        byId = AllEntities().ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        var aliases = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in Actors)
        {
            foreach (var name in actor.Aliases.Prepend(actor.Name))
            {
                aliases.TryAdd(name, actor);
            }
        }

        actorsByAlias = aliases.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public string Id { get; }

    public string Title { get; }

    public string? Subtitle { get; }

    public PartialDate AsOf { get; }

    public string Marking { get; }

    public string? Audience { get; }

    public string? Author { get; }

    public string? Summary { get; }

    /// <summary>The analyst's two or three sentences for the top of page one (<c>bottom-line</c>).</summary>
    public string? BottomLine { get; }

    public IReadOnlyList<string> Tags { get; }

    /// <summary>The file the dossier was read from, as given to the loader.</summary>
    public string File { get; }

    public IReadOnlyList<KeyJudgment> KeyJudgments { get; }

    public IReadOnlyList<Source> Sources { get; }

    public IReadOnlyList<Actor> Actors { get; }

    public IReadOnlyList<Agency> Agencies { get; }

    public IReadOnlyList<Policy> Policies { get; }

    public IReadOnlyList<Statistic> Statistics { get; }

    public IReadOnlyList<Event> Events { get; }

    public IReadOnlyList<Statement> Statements { get; }

    public IReadOnlyList<Relationship> Relationships { get; }

    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>The entity with this id, or null.</summary>
    public IEntity? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The entity of type <typeparamref name="T"/> with this id; throws <see cref="KeyNotFoundException"/> naming the id otherwise.</summary>
    public T Get<T>(string id)
        where T : class, IEntity =>
        Find(id) as T ?? throw new KeyNotFoundException($"dossier '{Id}' has no {typeof(T).Name.ToLowerInvariant()} '{id}'");

    /// <summary>An actor by id, name or alias (case-insensitive): "lopez-obrador", "AMLO", "Lopez Obrador".</summary>
    public Actor Actor(string idOrAlias) =>
        Find(idOrAlias) as Actor ?? actorsByAlias.GetValueOrDefault(idOrAlias)
        ?? throw new KeyNotFoundException($"dossier '{Id}' has no actor with id or alias '{idOrAlias}'");

    public Agency Agency(string id) => Get<Agency>(id);

    public Source Source(string id) => Get<Source>(id);

    public Policy Policy(string id) => Get<Policy>(id);

    public Statistic Statistic(string id) => Get<Statistic>(id);

    public Event Event(string id) => Get<Event>(id);

    public Statement Statement(string id) => Get<Statement>(id);

    public Claim Claim(string id) => Get<Claim>(id);

    public Relationship Relationship(string id) => Get<Relationship>(id);

    public IEnumerable<IEntity> AllEntities() =>
        Sources.Cast<IEntity>().Concat(Actors).Concat(Agencies).Concat(Policies).Concat(Statistics)
            .Concat(Events).Concat(Statements).Concat(Relationships).Concat(Claims);
}

/// <summary>The resolved parts a <see cref="Dossier"/> is made of.</summary>
internal sealed record DossierContents(
    string File,
    MetadataSpec Metadata,
    IReadOnlyList<KeyJudgment> KeyJudgments,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<Policy> Policies,
    IReadOnlyList<Statistic> Statistics,
    IReadOnlyList<Event> Events,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Relationship> Relationships,
    IReadOnlyList<Claim> Claims);
