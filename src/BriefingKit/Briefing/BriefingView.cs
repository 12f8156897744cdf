namespace BriefingKit.Briefing;

/// <summary>
/// The model a briefing's Scriban templates bind to: its metadata, the sections to render and one list per section.
/// </summary>
/// <remarks>
/// Templates see each property under its snake_case name (<c>AsOfIso</c> is <c>as_of_iso</c>); docs/templates.md lists
/// every field. <c>{{ field }}</c> writes plain text Markdown-escaped. Every <c>Notes</c> is the list of footnote numbers
/// for that fact's citations, for <c>{{ cite notes }}</c>. A section that is not shown leaves its list empty. Lists are
/// in dossier order unless a parameter says otherwise.
/// </remarks>
/// <param name="DossierId">The dossier's <c>id</c>; also the output file name.</param>
/// <param name="Title">The briefing's title: the builder's, else the dossier's <c>title</c>.</param>
/// <param name="Subtitle">The builder's subtitle, else the dossier's <c>subtitle</c>; null when neither gives one.</param>
/// <param name="Marking">The handling marking printed at the top and bottom, e.g. <c>UNCLASSIFIED // FOR OFFICIAL USE ONLY</c>.</param>
/// <param name="AsOf">The briefing date for the reader, at its precision: <c>28 Dec 2023</c>.</param>
/// <param name="AsOfIso">The briefing date in ISO form, at its precision: <c>2023-12-28</c>.</param>
/// <param name="Audience">Who the briefing is for; null when neither the builder nor the dossier says.</param>
/// <param name="Author">The analyst or team; null when neither the builder nor the dossier says.</param>
/// <param name="Sections">The sections to render, in order.</param>
/// <param name="BottomLine">The dossier's <c>bottom-line</c>; null when it has none or the key judgments are not shown.</param>
/// <param name="KeyJudgments">The key judgments the filtered content still rests on.</param>
/// <param name="HeadlineFigures">Page one's figures: those the key judgments rest on, at most five; empty in <see cref="BriefingPreset.Full"/>.</param>
/// <param name="MoreFigures">How many more figures the key judgments rest on than page one shows; 0 when all fit, and in <see cref="BriefingPreset.Full"/>.</param>
/// <param name="WatchNext">Events whose kind starts with <c>planned</c> or <c>scheduled</c>, soonest first; empty in <see cref="BriefingPreset.Full"/>.</param>
/// <param name="Summary">The analyst's <c>summary</c>; null when it has none or the summary section is not shown.</param>
/// <param name="Timeline">Events in chronological order (same-date entries in dossier order); in <see cref="BriefingPreset.Full"/> dated statements too.</param>
/// <param name="People">Named actors, by name.</param>
/// <param name="UnnamedOfficials">Anonymous actors (<c>anonymous: true</c>), by their description.</param>
/// <param name="Agencies">The agencies the briefing covers.</param>
/// <param name="Policies">In <see cref="BriefingPreset.Full"/> every policy; otherwise the levers still in play at the briefing date.</param>
/// <param name="Numbers">Every statistic the briefing covers.</param>
/// <param name="Discrepancies">Where sources disagree: conflicting figures first, then conflicting claims.</param>
/// <param name="Statements">Statements in chronological order; undated ones last, in dossier order.</param>
/// <param name="Sources">The sources the covered facts cite, in dossier order.</param>
/// <param name="Footnotes">The footnotes, numbered in order of first use in the rendered sections.</param>
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
/// <param name="Partial">The partial that renders the section as the preset lays it out, e.g. <c>bottom-line</c>, <c>events</c>.</param>
/// <param name="Title">The section's heading, e.g. "Who’s who".</param>
/// <param name="IsEmpty">True when the filtered content gives the section nothing to show.</param>
/// <param name="Part">Where the section sits: <c>page-one</c>, <c>body</c> or <c>annex</c>.</param>
public sealed record SectionView(string Partial, string Title, bool IsEmpty, string Part);

/// <summary>A figure for page one: one statistic, or the range of several that measure the same thing.</summary>
/// <param name="Figure">The figure as a reader sees it: "more than 191,000 migrants", or a range "from 7,000 to 10,000 migrants a day" where sources differ.</param>
/// <param name="Description">What the figure counts (the statistic's <c>description</c>).</param>
/// <param name="Period">The period it covers ("Nov 2023"), or "as of" the day it was current.</param>
/// <param name="Sources">The outlets that report it, comma-separated.</param>
/// <param name="SourcesDiffer">True when the figure stands for several statistics whose sources disagree.</param>
/// <param name="Notes">One note listing the passages the figure rests on.</param>
public sealed record HeadlineFigureView(string Figure, string Description, string Period, string Sources, bool SourcesDiffer, IReadOnlyList<int> Notes);

/// <summary>A scheduled event for "what to watch": its date, what is expected, and its note.</summary>
/// <param name="Date">The event's date, at its precision.</param>
/// <param name="Text">The event's <c>title</c>.</param>
/// <param name="Notes">One note listing the event's sources.</param>
public sealed record WatchItemView(string Date, string Text, IReadOnlyList<int> Notes);

/// <summary>A key judgment as the briefing states it.</summary>
/// <param name="Confidence">The analyst's confidence: "High", "Moderate" or "Low".</param>
/// <param name="Text">The judgment.</param>
/// <param name="Notes">In <see cref="BriefingPreset.Full"/> the first passage of each fact it rests on; otherwise one note listing them all.</param>
public sealed record KeyJudgmentView(string Confidence, string Text, IReadOnlyList<int> Notes);

/// <summary>One row of the timeline: an event, or in <see cref="BriefingPreset.Full"/> a dated statement.</summary>
/// <param name="Date">The date at its own precision: "27 Dec 2023", "Dec 2023".</param>
/// <param name="Kind">The event's <c>kind</c> in words ("law signed"), or "statement".</param>
/// <param name="Text">The event's title, or the statement's paraphrase (else its quote in quotation marks).</param>
/// <param name="Who">
/// The participants or the speaker, comma-separated; "—" when none. Outside <see cref="BriefingPreset.Full"/> an unnamed
/// official is named by their institution, and past three names the rest are counted ("and 2 more").
/// </param>
/// <param name="Notes">The footnotes of the event's or statement's citations.</param>
public sealed record TimelineRowView(string Date, string Kind, string Text, string Who, IReadOnlyList<int> Notes);

/// <summary>An entry of who's who: a named person, or an unnamed official.</summary>
/// <param name="Name">The actor's <c>name</c>; for an unnamed official, their description.</param>
/// <param name="Role">The role held on the briefing date ("Secretary of State, U.S. Department of State"), else the affiliation; "—" when neither is known.</param>
/// <param name="Country">The actor's country, else that of their role, its agency or their affiliation; "—" when none is known.</param>
/// <param name="Aliases">The actor's <c>aliases</c>, comma-separated; empty when none.</param>
/// <param name="Notes">The footnotes of the role's citations; empty when no role is held.</param>
public sealed record PersonView(string Name, string Role, string Country, string Aliases, IReadOnlyList<int> Notes);

/// <summary>An agency of the briefing's agency table.</summary>
/// <param name="Name">The agency's <c>name</c>.</param>
/// <param name="Short">Its acronym (<c>short</c>), or "—".</param>
/// <param name="Kind">Its <c>kind</c> in words: "government", "department", "international" …</param>
/// <param name="Country">Its country code, or "—".</param>
/// <param name="PartOf">The name of its <c>parent</c> agency, or "—".</param>
public sealed record AgencyView(string Name, string Short, string Kind, string Country, string PartOf);

/// <summary>One dated status in a policy's history.</summary>
/// <param name="Date">When the policy reached this status, at its precision.</param>
/// <param name="Status">The status in words: "proposed", "in force", "under negotiation" …</param>
/// <param name="Note">The status entry's <c>note</c>; empty when none.</param>
/// <param name="Notes">The footnotes of the status entry's citations.</param>
public sealed record PolicyStatusView(string Date, string Status, string Note, IReadOnlyList<int> Notes);

/// <summary>A policy lever with its status on the briefing date.</summary>
/// <param name="Name">The policy's <c>name</c>.</param>
/// <param name="Description">Its <c>description</c>; empty when none.</param>
/// <param name="Owner">The actor or agency that owns it, or "—".</param>
/// <param name="Status">The latest status dated on or before the briefing date (else the first), in words: "in force".</param>
/// <param name="StatusDate">The date of that status.</param>
/// <param name="StatusNote">The note of that status; empty when none.</param>
/// <param name="Advocates">Its advocates' names, comma-separated, or "—".</param>
/// <param name="Critics">Its critics' names, comma-separated, or "—".</param>
/// <param name="Notes">The footnotes of the current status's citations.</param>
/// <param name="History">
/// Every dated status, for "status over time"; empty when there is only one, and outside <see cref="BriefingPreset.Full"/>.
/// </param>
public sealed record PolicyView(
    string Name, string Description, string Owner, string Status, string StatusDate, string StatusNote,
    string Advocates, string Critics, IReadOnlyList<int> Notes, IReadOnlyList<PolicyStatusView> History);

/// <summary>A reported figure, for the table of all figures.</summary>
/// <param name="Figure">The figure as a reader sees it: "more than 191,000 migrants".</param>
/// <param name="Description">What the figure counts (the statistic's <c>description</c>).</param>
/// <param name="Period">The period it covers ("Nov 2023"), or "as of" the day it was current.</param>
/// <param name="Where">The <c>geography</c> as a place name: "US Mexico Border".</param>
/// <param name="ReportedBy">The actor or agency that reported it, or "—".</param>
/// <param name="Sources">The outlets that cite it, comma-separated.</param>
/// <param name="Notes">The footnotes of its citations.</param>
public sealed record NumberView(
    string Figure, string Description, string Period, string Where, string ReportedBy, string Sources, IReadOnlyList<int> Notes);

/// <summary>One side of a disagreement between sources.</summary>
/// <param name="Wording">What this side says: the figure as worded ("more than 190,000 migrants") or the claimed value.</param>
/// <param name="Sources">The outlets that say it, comma-separated.</param>
/// <param name="Notes">The footnotes of its citations.</param>
public sealed record DiscrepancyItemView(string Wording, string Sources, IReadOnlyList<int> Notes);

/// <summary>A point on which sources disagree, with every side and an explanation.</summary>
/// <param name="Topic">What is disputed: a figure's description, place and period, or a claim's subject and attribute.</param>
/// <param name="Severity">"Material" when the sides cannot all be true or differ beyond the tolerance, else "Minor".</param>
/// <param name="Kind">"figures" for conflicting statistics, "claims" for conflicting claims.</param>
/// <param name="Items">Each side, in dossier order.</param>
/// <param name="Explanation">Whether the sides can all be true, by how much they differ, and what may account for it.</param>
public sealed record DiscrepancyView(string Topic, string Severity, string Kind, IReadOnlyList<DiscrepancyItemView> Items, string Explanation);

/// <summary>A statement as the annex lists it.</summary>
/// <param name="Speaker">The speaking actor's or agency's name.</param>
/// <param name="SpeakerRole">An actor's role on the statement's date (else the briefing date), an agency's parent; empty when none.</param>
/// <param name="Date">The statement's date at its precision, or "undated".</param>
/// <param name="Quote">The speaker's words verbatim; null when the dossier gives only a paraphrase.</param>
/// <param name="Paraphrase">The paraphrase; null when the dossier gives only the quote.</param>
/// <param name="Via">The intermediary the source relied on (e.g. Associated Press); empty when none.</param>
/// <param name="Medium">The <c>medium</c> in words ("press call"); empty when not given.</param>
/// <param name="Notes">The footnotes of its citations.</param>
public sealed record StatementView(
    string Speaker, string SpeakerRole, string Date, string? Quote, string? Paraphrase, string Via, string Medium, IReadOnlyList<int> Notes);

/// <summary>An entry of the source list.</summary>
/// <param name="Id">The source's <c>id</c>.</param>
/// <param name="Outlet">The publisher of the original, e.g. "CBS News".</param>
/// <param name="Title">The headline.</param>
/// <param name="Authors">The authors, comma-separated; empty when none are given.</param>
/// <param name="Published">The original publication date, at its precision.</param>
/// <param name="Reliability">The Admiralty source reliability letter, "A" to "F".</param>
/// <param name="ReliabilityMeaning">That grade in words: "usually reliable", "reliability cannot be judged" …</param>
/// <param name="Kind">The source's <c>kind</c>: "news", "wire", "official" …</param>
/// <param name="Url">The absolute URL; null when none is given.</param>
/// <param name="Provenance">"original reporting", or where the text came from: "syndicated from …", "relays …", "copy held from …".</param>
public sealed record SourceView(
    string Id, string Outlet, string Title, string Authors, string Published, string Reliability, string ReliabilityMeaning,
    string Kind, string? Url, string Provenance);

/// <summary>
/// A footnote. A passage note (<see cref="IsPassage"/>) cites one source passage: the quote in full, its
/// <see cref="Excerpt"/> (the words that carry the point, cuts marked with …), and whether it is the first note of
/// its source (so a template gives the full reference once and a short form after). A judgment note lists the
/// sources a key judgment rests on (<see cref="Basis"/>).
/// </summary>
/// <remarks>In a judgment note every passage field is empty (<see cref="Credibility"/> 0, <see cref="Url"/> null).</remarks>
/// <param name="Number">The note's number, from 1, in order of first use.</param>
/// <param name="Outlet">The cited source's outlet.</param>
/// <param name="Title">The cited source's headline.</param>
/// <param name="Published">The source's original publication date, at its precision.</param>
/// <param name="Reliability">The source's Admiralty reliability letter, "A" to "F".</param>
/// <param name="Credibility">The Admiralty credibility of this passage, 1 (confirmed) to 6 (cannot be judged).</param>
/// <param name="Grade">Reliability and credibility together, e.g. "B2".</param>
/// <param name="Quote">The whole quote, verbatim.</param>
/// <param name="Locator">Where in the source the passage is (e.g. "para 17"); empty when not given.</param>
/// <param name="Url">The source's URL; null when none is given.</param>
/// <param name="IsPassage">True for a note citing one passage; false for a key judgment's note.</param>
/// <param name="Excerpt">The words of the quote that carry the point, cuts marked with …; empty when the text already prints the quote.</param>
/// <param name="FirstOfSource">True for the first note of its source, which gives the full reference; later ones give a short form.</param>
/// <param name="Basis">A judgment note's sources, e.g. "CBS News (28 Dec 2023, para 13) and ADN America (28 Dec 2023, para 3)."; empty for a passage note.</param>
public sealed record FootnoteView(
    int Number, string Outlet, string Title, string Published, string Reliability, int Credibility, string Grade,
    string Quote, string Locator, string? Url, bool IsPassage, string Excerpt, bool FirstOfSource, string Basis);
