using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Schema.Model;

// Plain, immutable, value-equal records of what a dossier file says, as read and checked by the schema.
// References are still ids (resolved to objects by BriefingKit's domain model). Spans locate each
// entity and each reference so later checks can point at the YAML.

/// <summary>A reference to another entity by id, with where it was written.</summary>
internal sealed record RefSpec(string Id, TextSpan Span);

/// <summary>A cited passage; <see cref="QuoteSpan"/> and <see cref="LocatorSpan"/> locate those values (the citation's span when absent).</summary>
internal sealed record CitationSpec(RefSpec Source, string Quote, string? Locator, int Credibility, TextSpan Span, TextSpan QuoteSpan = default, TextSpan LocatorSpan = default);

internal sealed record RepublicationSpec(string By, PartialDate? Date, string? Url, string? Note);

internal sealed record SourceSpec(
    string Id, TextSpan Span, string Outlet, string Title, EquatableArray<string> Authors, PartialDate Published,
    string? Url, SourceReliability Reliability, SourceKind Kind, string? SyndicatedFrom, EquatableArray<string> Relays,
    RepublicationSpec? Republished, string? Notes, string? Text = null, TextSpan TextSpan = default);
// Text: the path of the source's stored text, relative to the dossier file (TextSpan locates it), for quote checks.

internal sealed record RoleSpec(
    string Title, RefSpec? Agency, string? Country, PartialDate? From, PartialDate? To, EquatableArray<CitationSpec> Citations);

internal sealed record ActorSpec(
    string Id, TextSpan Span, string Name, EquatableArray<string> Aliases, bool Anonymous, RefSpec? Affiliation,
    string? Country, EquatableArray<RoleSpec> Roles, EquatableArray<string> Tags, string? Notes);

internal sealed record AgencySpec(
    string Id, TextSpan Span, string Name, string? Short, AgencyKind Kind, string? Country, RefSpec? Parent,
    EquatableArray<string> Tags, string? Notes);

internal sealed record PolicyStatusSpec(
    PartialDate Date, PolicyStatusKind Status, string? Note, EquatableArray<CitationSpec> Citations, TextSpan Span);

internal sealed record PolicySpec(
    string Id, TextSpan Span, string Name, string? Description, RefSpec? Owner, string? Country,
    EquatableArray<RefSpec> Advocates, EquatableArray<RefSpec> Critics, EquatableArray<PolicyStatusSpec> Status,
    EquatableArray<string> Tags);

internal sealed record StatisticSpec(
    string Id, TextSpan Span, string Measure, string Description, decimal Value, string Unit, Bound Bound,
    RatePer? Per, Period? Period, PartialDate? AsOf, string Geography, RefSpec? ReportedBy,
    EquatableArray<CitationSpec> Citations, EquatableArray<string> Tags, string? Notes);

internal sealed record EventSpec(
    string Id, TextSpan Span, PartialDate Date, string Kind, string Title, EquatableArray<RefSpec> Participants,
    string? Place, string? Outcome, EquatableArray<CitationSpec> Citations, EquatableArray<string> Tags);

internal sealed record StatementSpec(
    string Id, TextSpan Span, RefSpec Speaker, PartialDate? Date, string? Quote, string? Paraphrase,
    StatementMedium? Medium, string? Via, EquatableArray<RefSpec> About, EquatableArray<CitationSpec> Citations,
    EquatableArray<string> Tags);

internal sealed record RelationshipSpec(
    string? Id, TextSpan Span, RefSpec From, RefSpec To, RelationshipType Type, PartialDate? Date, string? Note,
    EquatableArray<CitationSpec> Citations);

internal sealed record ClaimSpec(
    string Id, TextSpan Span, RefSpec Subject, string Attribute, string Value, string? Note,
    EquatableArray<CitationSpec> Citations);

internal sealed record KeyJudgmentSpec(string Text, Confidence Confidence, EquatableArray<RefSpec> BasedOn, TextSpan Span);

internal sealed record MetadataSpec(
    string Id, TextSpan Span, string Title, string? Subtitle, PartialDate AsOf, string Marking, string? Audience,
    string? Author, string? Summary, string? BottomLine, EquatableArray<KeyJudgmentSpec> KeyJudgments, EquatableArray<string> Tags);

/// <summary>A whole dossier as written, in file order.</summary>
internal sealed record DossierSpec(
    string File, MetadataSpec Metadata, EquatableArray<SourceSpec> Sources, EquatableArray<ActorSpec> Actors,
    EquatableArray<AgencySpec> Agencies, EquatableArray<PolicySpec> Policies, EquatableArray<StatisticSpec> Statistics,
    EquatableArray<EventSpec> Events, EquatableArray<StatementSpec> Statements,
    EquatableArray<RelationshipSpec> Relationships, EquatableArray<ClaimSpec> Claims);
