using BriefingKit.Model;
using BriefingKit.Schema;
using BriefingKit.Schema.Model;

namespace BriefingKit.Loading;

/// <summary>
/// Builds a <see cref="Dossier"/> from a spec the schema has already validated (no errors), resolving every
/// id to its object. Generated catalogs call <see cref="FromCompiledYaml"/> with the YAML they compiled in.
/// </summary>
public static class DossierFactory
{
    /// <summary>
    /// Reads the dossier a generated catalog compiled in. Called by generated code only: the build has already
    /// reported every problem of this YAML, so a failure here means the catalog and its YAML disagree.
    /// </summary>
    /// <param name="file">The dossier's file name, for messages.</param>
    /// <param name="yaml">The dossier's YAML as UTF-8.</param>
    /// <param name="limits">The limits the build read it under; <see langword="null"/> for the defaults.</param>
    /// <exception cref="InvalidOperationException">The YAML has errors.</exception>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static Dossier FromCompiledYaml(string file, byte[] yaml, SchemaLimits? limits)
    {
        var read = DossierReader.Read(file, yaml, limits);
        if (read.Spec is null || read.HasErrors)
        {
            var first = read.Diagnostics.FirstOrDefault(d => d.IsError);
            throw new InvalidOperationException($"{file}, compiled into this catalog, has errors; rebuild and fix the BK diagnostics: {first?.ToString() ?? file}");
        }

        return FromSpec(read.Spec);
    }

    /// <summary>
    /// Reads the dossier a generated catalog's assembly embeds as a resource (the package's build props embed every
    /// dossier the generator reads). Called by generated code only, like <see cref="FromCompiledYaml"/>.
    /// </summary>
    /// <param name="assembly">The catalog's assembly.</param>
    /// <param name="resource">The manifest resource name the build props gave the dossier.</param>
    /// <param name="file">The dossier's file name, for messages.</param>
    /// <param name="limits">The limits the build read it under; <see langword="null"/> for the defaults.</param>
    /// <exception cref="InvalidOperationException">The resource is missing or the YAML has errors.</exception>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static Dossier FromEmbeddedYaml(System.Reflection.Assembly assembly, string resource, string file, SchemaLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{file} is not embedded in {assembly.GetName().Name} as '{resource}': the BriefingKit package's build props embed it; rebuild the project with them");
        var yaml = new byte[stream.Length];
        stream.ReadExactly(yaml);
        return FromCompiledYaml(file, yaml, limits);
    }

    /// <summary>The dossier of <paramref name="spec"/>, every reference resolved to its object and policy statuses sorted by date.</summary>
    /// <remarks>The spec must have passed validation: a dangling reference throws <see cref="KeyNotFoundException"/>.</remarks>
    internal static Dossier FromSpec(DossierSpec spec)
    {
        var sources = spec.Sources.Select(ToSource).ToList();
        var sourceById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var agencies = spec.Agencies.Select(a => new Agency
        {
            Id = a.Id, Name = a.Name, Short = a.Short, AgencyKind = a.Kind, Country = a.Country, Tags = a.Tags.ToList(), Notes = a.Notes,
        }).ToList();
        var agencyById = agencies.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var (agency, agencySpec) in agencies.Zip(spec.Agencies))
        {
            agency.Parent = agencySpec.Parent is { } parent ? agencyById[parent.Id] : null;
        }

        IReadOnlyList<Citation> Cite(EquatableArray<CitationSpec> citations) =>
            citations.Select(c => new Citation(sourceById[c.Source.Id], c.Quote, c.Locator, c.Credibility)).ToList();

        var actors = spec.Actors.Select(a => new Actor
        {
            Id = a.Id, Name = a.Name, Aliases = a.Aliases.ToList(), Anonymous = a.Anonymous,
            Affiliation = a.Affiliation is { } aff ? agencyById[aff.Id] : null, Country = a.Country,
            Roles = a.Roles.Select(r => new Role(r.Title, r.Agency is { } ag ? agencyById[ag.Id] : null, r.Country, r.From, r.To, Cite(r.Citations))).ToList(),
            Tags = a.Tags.ToList(), Notes = a.Notes,
        }).ToList();

        var parties = actors.Cast<IParty>().Concat(agencies).ToDictionary(p => p.Id, StringComparer.Ordinal);
        IParty Party(RefSpec reference) => parties[reference.Id];
        IReadOnlyList<IParty> PartyList(EquatableArray<RefSpec> references) => references.Select(Party).ToList();

        var policies = spec.Policies.Select(p => new Policy
        {
            Id = p.Id, Name = p.Name, Description = p.Description, Owner = p.Owner is { } o ? Party(o) : null, Country = p.Country,
            Advocates = PartyList(p.Advocates), Critics = PartyList(p.Critics), Tags = p.Tags.ToList(),
            Statuses = p.Status.OrderBy(s => s.Date).Select(s => new PolicyStatus(s.Date, s.Status, s.Note, Cite(s.Citations))).ToList(),
        }).ToList();
        var statistics = spec.Statistics.Select(s => new Statistic
        {
            Id = s.Id, Measure = s.Measure, Description = s.Description, Value = s.Value, Unit = s.Unit, Bound = s.Bound, Per = s.Per,
            Period = s.Period, AsOf = s.AsOf, Geography = s.Geography, ReportedBy = s.ReportedBy is { } r ? Party(r) : null,
            Citations = Cite(s.Citations), Tags = s.Tags.ToList(), Notes = s.Notes,
        }).ToList();
        var events = spec.Events.Select(e => new Event
        {
            Id = e.Id, Date = e.Date, EventKind = e.Kind, Title = e.Title, Participants = PartyList(e.Participants), Place = e.Place,
            Outcome = e.Outcome, Citations = Cite(e.Citations), Tags = e.Tags.ToList(),
        }).ToList();

        // Statements, claims and key judgments may point at any entity, so they resolve last.
        var entities = new Dictionary<string, IEntity>(StringComparer.Ordinal);
        foreach (var entity in sources.Cast<IEntity>().Concat(parties.Values).Concat(policies).Concat(statistics).Concat(events))
        {
            entities[entity.Id] = entity;
        }

        var statements = spec.Statements.Select(s => new Statement
        {
            Id = s.Id, Speaker = Party(s.Speaker), Date = s.Date, Quote = s.Quote, Paraphrase = s.Paraphrase, Medium = s.Medium, Via = s.Via,
            About = s.About.Select(a => entities.GetValueOrDefault(a.Id)).OfType<IEntity>().ToList(), Citations = Cite(s.Citations), Tags = s.Tags.ToList(),
        }).ToList();
        var relationshipIds = RelationshipIds.Assign(spec);
        var relationships = spec.Relationships.Select((r, i) => new Relationship
        {
            Id = relationshipIds[i], From = Party(r.From), To = Party(r.To), Type = r.Type, Date = r.Date,
            Note = r.Note, Citations = Cite(r.Citations),
        }).ToList();
        foreach (var entity in statements.Cast<IEntity>().Concat(relationships))
        {
            entities[entity.Id] = entity;
        }

        var claims = spec.Claims.Select(c => new Claim
        {
            Id = c.Id, Subject = entities[c.Subject.Id], Attribute = c.Attribute, Value = c.Value, Note = c.Note, Citations = Cite(c.Citations),
        }).ToList();
        foreach (var claim in claims)
        {
            entities[claim.Id] = claim;
        }

        var judgments = spec.Metadata.KeyJudgments
            .Select(k => new KeyJudgment(k.Text, k.Confidence, k.BasedOn.Select(b => entities[b.Id]).ToList())).ToList();

        return new Dossier(new DossierContents(
            spec.File, spec.Metadata, judgments, sources, actors, agencies, policies, statistics, events, statements, relationships, claims));
    }

    /// <summary>
    /// Ids for relationships written without one. The natural form ("a-met-with-b-1") may already be a declared
    /// id, and two entities with one id made the dossier's lookup table throw; suffix until it is free.
    /// </summary>
    private static Source ToSource(SourceSpec s) => new()
    {
        Id = s.Id, Outlet = s.Outlet, Title = s.Title, Authors = s.Authors.ToList(), Published = s.Published,
        Url = s.Url is null ? null : new Uri(s.Url), Reliability = s.Reliability, SourceKind = s.Kind, SyndicatedFrom = s.SyndicatedFrom,
        Relays = s.Relays.ToList(), Notes = s.Notes,
        Republished = s.Republished is { } r ? new Republication(r.By, r.Date, r.Url is null ? null : new Uri(r.Url), r.Note) : null,
    };
}
