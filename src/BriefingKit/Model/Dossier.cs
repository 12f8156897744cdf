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

    /// <summary>The dossier's <c>id</c> (kebab-case); also the name of its output files.</summary>
    public string Id { get; }

    /// <summary>The dossier's <c>title</c>, the briefing's title unless the builder sets another.</summary>
    public string Title { get; }

    /// <summary>The dossier's <c>subtitle</c>; null when it has none.</summary>
    public string? Subtitle { get; }

    /// <summary>The date the dossier is current to (<c>as-of</c>): the default briefing date, which roles and policy statuses are read at.</summary>
    public PartialDate AsOf { get; }

    /// <summary>The default handling marking (<c>marking</c>), e.g. <c>UNCLASSIFIED // FOR OFFICIAL USE ONLY</c>.</summary>
    public string Marking { get; }

    /// <summary>The default audience line (<c>audience</c>); null when not given.</summary>
    public string? Audience { get; }

    /// <summary>The analyst or team (<c>author</c>); null when not given.</summary>
    public string? Author { get; }

    /// <summary>The analyst's summary paragraphs (<c>summary</c>), printed as the Background; null when not given.</summary>
    public string? Summary { get; }

    /// <summary>The analyst's two or three sentences for the top of page one (<c>bottom-line</c>).</summary>
    public string? BottomLine { get; }

    /// <summary>The dossier's own <c>tags</c>.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The file the dossier was read from, as given to the loader.</summary>
    public string File { get; }

    /// <summary>The analyst's key judgments (<c>key-judgments</c>), in dossier order.</summary>
    public IReadOnlyList<KeyJudgment> KeyJudgments { get; }

    /// <summary>Every source, in dossier order.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Every actor, named and anonymous, in dossier order.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>Every agency, in dossier order.</summary>
    public IReadOnlyList<Agency> Agencies { get; }

    /// <summary>Every policy, in dossier order.</summary>
    public IReadOnlyList<Policy> Policies { get; }

    /// <summary>Every statistic, in dossier order; reports that disagree stay separate.</summary>
    public IReadOnlyList<Statistic> Statistics { get; }

    /// <summary>Every event, in dossier order (not by date).</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>Every statement, in dossier order (not by date).</summary>
    public IReadOnlyList<Statement> Statements { get; }

    /// <summary>Every relationship, in dossier order.</summary>
    public IReadOnlyList<Relationship> Relationships { get; }

    /// <summary>Every claim, in dossier order.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>The entity of any kind with this id (case-sensitive), or null.</summary>
    public IEntity? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The entity of type <typeparamref name="T"/> with this id.</summary>
    /// <typeparam name="T">The entity type expected, such as <see cref="Model.Actor"/> or <see cref="Model.Event"/>.</typeparam>
    /// <param name="id">The entity's id.</param>
    /// <exception cref="KeyNotFoundException">No entity of type <typeparamref name="T"/> has this id; the message names it.</exception>
    public T Get<T>(string id)
        where T : class, IEntity =>
        Find(id) as T ?? throw new KeyNotFoundException($"dossier '{Id}' has no {typeof(T).Name.ToLowerInvariant()} '{id}'");

    /// <summary>An actor by id, name or alias (case-insensitive): "lopez-obrador", "AMLO", "Lopez Obrador".</summary>
    /// <exception cref="KeyNotFoundException">No actor has this id, name or alias.</exception>
    public Actor Actor(string idOrAlias) =>
        Find(idOrAlias) as Actor ?? actorsByAlias.GetValueOrDefault(idOrAlias)
        ?? throw new KeyNotFoundException($"dossier '{Id}' has no actor with id or alias '{idOrAlias}'");

    /// <summary>The agency with this id.</summary>
    /// <exception cref="KeyNotFoundException">No agency has this id.</exception>
    public Agency Agency(string id) => Get<Agency>(id);

    /// <summary>The source with this id.</summary>
    /// <exception cref="KeyNotFoundException">No source has this id.</exception>
    public Source Source(string id) => Get<Source>(id);

    /// <summary>The policy with this id.</summary>
    /// <exception cref="KeyNotFoundException">No policy has this id.</exception>
    public Policy Policy(string id) => Get<Policy>(id);

    /// <summary>The statistic with this id.</summary>
    /// <exception cref="KeyNotFoundException">No statistic has this id.</exception>
    public Statistic Statistic(string id) => Get<Statistic>(id);

    /// <summary>The event with this id.</summary>
    /// <exception cref="KeyNotFoundException">No event has this id.</exception>
    public Event Event(string id) => Get<Event>(id);

    /// <summary>The statement with this id.</summary>
    /// <exception cref="KeyNotFoundException">No statement has this id.</exception>
    public Statement Statement(string id) => Get<Statement>(id);

    /// <summary>The claim with this id.</summary>
    /// <exception cref="KeyNotFoundException">No claim has this id.</exception>
    public Claim Claim(string id) => Get<Claim>(id);

    /// <summary>The relationship with this id, given or generated (see <see cref="Model.Relationship.Id"/>).</summary>
    /// <exception cref="KeyNotFoundException">No relationship has this id.</exception>
    public Relationship Relationship(string id) => Get<Relationship>(id);

    /// <summary>Every entity: sources, actors, agencies, policies, statistics, events, statements, relationships, then claims, each in dossier order.</summary>
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
