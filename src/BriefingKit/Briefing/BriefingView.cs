namespace BriefingKit.Briefing;

// The view model templates bind to (field names are case-insensitive in templates: {{title}}).
// Plain text fields are Markdown-escaped on output by {{field}}; Notes are footnote numbers for {{cite notes}}.
// docs/templates.md lists every field.

public sealed record BriefingView(
    string DossierId,
    string Title,
    string? Subtitle,
    string Marking,
    string AsOf,
    string AsOfIso,
    string? Audience,
    string? Author,
    IReadOnlyList<SectionView> Sections,
    string? BottomLine,
    IReadOnlyList<KeyJudgmentView> KeyJudgments,
    IReadOnlyList<HeadlineFigureView> HeadlineFigures,
    int MoreFigures,
    IReadOnlyList<WatchItemView> WatchNext,
    string? Summary,
    IReadOnlyList<TimelineRowView> Timeline,
    IReadOnlyList<PersonView> People,
    IReadOnlyList<PersonView> UnnamedOfficials,
    IReadOnlyList<AgencyView> Agencies,
    IReadOnlyList<PolicyView> Policies,
    IReadOnlyList<NumberView> Numbers,
    IReadOnlyList<DiscrepancyView> Discrepancies,
    IReadOnlyList<StatementView> Statements,
    IReadOnlyList<SourceView> Sources,
    IReadOnlyList<FootnoteView> Footnotes);

/// <summary>
/// A section to render: its partial name (for <c>{{ include section.partial }}</c>), heading, whether it has content,
/// and its part of the briefing: "page-one", "body" or "annex".
/// </summary>
public sealed record SectionView(string Partial, string Title, bool IsEmpty, string Part);

/// <summary>A figure for page one: one statistic, or the range of several that measure the same thing.</summary>
public sealed record HeadlineFigureView(string Figure, string Description, string Period, string Sources, bool SourcesDiffer, IReadOnlyList<int> Notes);

/// <summary>A scheduled event for "what to watch": its date, what is expected, and its note.</summary>
public sealed record WatchItemView(string Date, string Text, IReadOnlyList<int> Notes);

public sealed record KeyJudgmentView(string Confidence, string Text, IReadOnlyList<int> Notes);

public sealed record TimelineRowView(string Date, string Kind, string Text, string Who, IReadOnlyList<int> Notes);

public sealed record PersonView(string Name, string Role, string Country, string Aliases, IReadOnlyList<int> Notes);

public sealed record AgencyView(string Name, string Short, string Kind, string Country, string PartOf);

public sealed record PolicyStatusView(string Date, string Status, string Note, IReadOnlyList<int> Notes);

public sealed record PolicyView(
    string Name, string Description, string Owner, string Status, string StatusDate, string StatusNote,
    string Advocates, string Critics, IReadOnlyList<int> Notes, IReadOnlyList<PolicyStatusView> History);
// History lists every dated status (empty when there is only one), for "status over time".

public sealed record NumberView(
    string Figure, string Description, string Period, string Where, string ReportedBy, string Sources, IReadOnlyList<int> Notes);

public sealed record DiscrepancyItemView(string Wording, string Sources, IReadOnlyList<int> Notes);

public sealed record DiscrepancyView(string Topic, string Severity, string Kind, IReadOnlyList<DiscrepancyItemView> Items, string Explanation);

public sealed record StatementView(
    string Speaker, string SpeakerRole, string Date, string? Quote, string? Paraphrase, string Via, string Medium, IReadOnlyList<int> Notes);

public sealed record SourceView(
    string Id, string Outlet, string Title, string Authors, string Published, string Reliability, string ReliabilityMeaning,
    string Kind, string? Url, string Provenance);

/// <summary>
/// A footnote. A passage note (<see cref="IsPassage"/>) cites one source passage: the quote in full, its
/// <see cref="Excerpt"/> (the words that carry the point, cuts marked with …), and whether it is the first note of
/// its source (so a template gives the full reference once and a short form after). A judgment note lists the
/// sources a key judgment rests on (<see cref="Basis"/>).
/// </summary>
public sealed record FootnoteView(
    int Number, string Outlet, string Title, string Published, string Reliability, int Credibility, string Grade,
    string Quote, string Locator, string? Url, bool IsPassage, string Excerpt, bool FirstOfSource, string Basis);
