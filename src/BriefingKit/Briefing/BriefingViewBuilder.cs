using BriefingKit.Analysis;
using BriefingKit.Model;
using BriefingKit.Schema.Model;

namespace BriefingKit.Briefing;

/// <summary>
/// Builds the template view of a briefing. Sections are built in the order they will be rendered, so
/// footnote numbers follow first use in the document.
/// </summary>
internal sealed class BriefingViewBuilder
{
    private readonly Briefing briefing;
    private readonly BriefingContent content;
    private readonly CitationIndex citations = new();

    private BriefingViewBuilder(Briefing briefing)
    {
        this.briefing = briefing;
        content = briefing.Content;
    }

    public static BriefingView Build(Briefing briefing) => new BriefingViewBuilder(briefing).Build();

    private BriefingPreset Preset => briefing.Options.Preset;

    private BriefingView Build()
    {
        var sections = briefing.Options.EffectiveSections;
        IReadOnlyList<KeyJudgmentView> judgments = [];
        IReadOnlyList<HeadlineFigureView> figures = [];
        var moreFigures = 0;
        IReadOnlyList<WatchItemView> watch = [];
        IReadOnlyList<TimelineRowView> timeline = [];
        IReadOnlyList<PersonView> people = [];
        IReadOnlyList<PersonView> unnamed = [];
        IReadOnlyList<AgencyView> agencies = [];
        IReadOnlyList<PolicyView> policies = [];
        IReadOnlyList<NumberView> numbers = [];
        IReadOnlyList<DiscrepancyView> discrepancies = [];
        IReadOnlyList<StatementView> statements = [];
        IReadOnlyList<SourceView> sources = [];
        var summary = sections.Contains(BriefingSection.Summary) ? briefing.Dossier.Summary : null;
        var empty = new Dictionary<BriefingSection, bool>();
        foreach (var section in sections)
        {
            switch (section)
            {
                case BriefingSection.KeyJudgments:
                    judgments = KeyJudgments();
                    if (Preset != BriefingPreset.Full)
                    {
                        (figures, moreFigures) = HeadlineFigures(); // before WatchNext: notes are numbered as they are made
                        watch = WatchNext();
                    }

                    empty[section] = judgments.Count == 0 && string.IsNullOrWhiteSpace(briefing.Dossier.BottomLine);
                    break;
                case BriefingSection.Summary: empty[section] = string.IsNullOrWhiteSpace(summary); break;
                case BriefingSection.Timeline: timeline = Timeline(); empty[section] = timeline.Count == 0; break;
                case BriefingSection.WhosWho: (people, unnamed) = WhosWho(); empty[section] = people.Count + unnamed.Count == 0; break;
                case BriefingSection.Agencies: agencies = Agencies(); empty[section] = agencies.Count == 0; break;
                case BriefingSection.Policies: policies = Policies(); empty[section] = policies.Count == 0; break;
                case BriefingSection.Numbers: numbers = Numbers(); empty[section] = numbers.Count == 0; break;
                case BriefingSection.Discrepancies: discrepancies = Discrepancies(); empty[section] = discrepancies.Count == 0; break;
                case BriefingSection.Statements: statements = Statements(); empty[section] = statements.Count == 0; break;
                case BriefingSection.Sources: sources = Sources(); empty[section] = sources.Count == 0; break;
            }
        }

        return new BriefingView(
            briefing.Dossier.Id, briefing.Title, briefing.Subtitle, briefing.Marking, briefing.AsOf.Display(), briefing.AsOf.ToString(),
            briefing.Audience, briefing.Author,
            sections.Select(s => Section(s, empty[s])).ToList(),
            sections.Contains(BriefingSection.KeyJudgments) ? briefing.Dossier.BottomLine : null,
            judgments, figures, moreFigures, watch, summary, timeline, people, unnamed, agencies, policies, numbers, discrepancies, statements, sources, Footnotes());
    }

    private SectionView Section(BriefingSection section, bool isEmpty)
    {
        var layout = BriefingPresets.Layout(Preset, section);
        return new SectionView(layout.Partial, layout.Title, isEmpty, Kebab.Of(layout.Part));
    }

    private IReadOnlyList<int> Notes(IEnumerable<Citation> cited, string context = "") => citations.NumbersOf(cited, context);

    // In the full briefing a judgment cites the first passage of each fact it rests on; elsewhere it carries one
    // note that lists them all, so that page one stays short.
    private List<KeyJudgmentView> KeyJudgments() => content.KeyJudgments
        .Select(k => new KeyJudgmentView(
            Kebab.Of(k.Confidence) switch { "high" => "High", "moderate" => "Moderate", _ => "Low" },
            k.Text,
            Preset == BriefingPreset.Full
                ? Notes(k.BasedOn.OfType<ICited>().Select(f => f.Citations[0]), k.Text)
                : [Evidence(k.BasedOn.OfType<ICited>().SelectMany(f => f.Citations))]))
        .ToList();

    /// <summary>
    /// One note for page one listing the passages something rests on; the passages get notes of their own, with
    /// the quotes, where the body or annex gives the facts. Keeps page one to one mark per line.
    /// </summary>
    private int Evidence(IEnumerable<Citation> cited) => citations.NumberOfEvidence(cited.Distinct().ToList());

    /// <summary>At most this many figures go on page one.</summary>
    public const int MaxHeadlineFigures = 5;

    // The figures the key judgments rest on, in their order; statistics on the same measure, place and period
    // (a figures discrepancy) become one figure with their range. Past the cap, only counted: page one says how
    // many more the annex holds.
    private (List<HeadlineFigureView> Figures, int More) HeadlineFigures()
    {
        var clusters = DiscrepancyFinder.Find(content.Statistics, content.Claims, briefing.Options.Discrepancies)
            .Where(d => d.Kind == DiscrepancyKind.Figures).ToList();
        var seen = new HashSet<object>();
        var figures = new List<HeadlineFigureView>();
        var more = 0;
        foreach (var statistic in content.KeyJudgments.SelectMany(k => k.BasedOn).OfType<Statistic>())
        {
            var cluster = clusters.FirstOrDefault(d => d.Items.Any(i => i.Fact == statistic));
            if (!seen.Add((object?)cluster ?? statistic))
            {
                continue;
            }

            if (figures.Count == MaxHeadlineFigures)
            {
                more++;
                continue;
            }

            var members = cluster?.Items.Select(i => (Statistic)i.Fact).ToList() ?? [statistic];
            figures.Add(new HeadlineFigureView(
                Range(members),
                statistic.Description,
                statistic.Period is { } period ? period.Display() : $"as of {statistic.AsOf!.Value.Display()}",
                Outlets(members.SelectMany(m => m.Citations)),
                members.Count > 1,
                [Evidence(members.SelectMany(m => m.Citations))]));
        }

        return (figures, more);
    }

    /// <summary>"more than 7,000 migrants a day", or "from 7,000 to 10,000 migrants a day" when sources differ.</summary>
    private static string Range(IReadOnlyList<Statistic> members)
    {
        var low = members.MinBy(m => m.Value)!;
        var high = members.MaxBy(m => m.Value)!;
        if (low.Value == high.Value || low.Unit != high.Unit || low.Per != high.Per)
        {
            return members[0].Wording;
        }

        var wording = high.Wording;
        var value = Statistic.FormatValue(high.Value);
        var at = wording.IndexOf(value, StringComparison.Ordinal);
        var money = high.Unit == "USD" ? "$" : string.Empty;
        return $"from {money}{Statistic.FormatValue(low.Value)} to {money}{value}{wording[(at + value.Length)..]}";
    }

    // Scheduled events (kinds planned-… or scheduled-…), soonest first: what the reader should look out for.
    private List<WatchItemView> WatchNext() => DateOrder.Sort<Event>(
            content.Events.Where(e => e.EventKind.StartsWith("planned", StringComparison.Ordinal) || e.EventKind.StartsWith("scheduled", StringComparison.Ordinal)).ToList(),
            e => e.Date)
        .Select(e => new WatchItemView(e.Date.Display(), e.Title, [Evidence(e.Citations)]))
        .ToList();

    private List<TimelineRowView> Timeline() => Analysis.Timeline.Build(content.Events, Preset == BriefingPreset.Full ? content.Statements : [])
        .Select(e => new TimelineRowView(
            e.DateText,
            e.Fact is Event ev ? Words(ev.EventKind) : "statement",
            e.Text,
            Who(Participants(e.Who)),
            Notes(e.Fact.Citations, e.Text)))
        .ToList();

    /// <summary>
    /// Who took part, as the row names them. The short briefings name an unnamed official by their institution
    /// ("The White House" rather than three descriptions of White House aides); the statements describe them.
    /// </summary>
    private List<string> Participants(IReadOnlyList<IParty> who) => who
        .Select(p => Preset != BriefingPreset.Full && p is Actor { Anonymous: true, Affiliation: { } home } ? home.DisplayName : p.DisplayName)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>Everyone involved in the full briefing; the first three and a count elsewhere, so a timeline row stays one line.</summary>
    private string Who(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "—",
        > 3 when Preset != BriefingPreset.Full => $"{string.Join(", ", names.Take(3))} and {names.Count - 3} more",
        _ => string.Join(", ", names),
    };

    private (List<PersonView> People, List<PersonView> Unnamed) WhosWho()
    {
        var entries = Analysis.WhosWho.AsOf(content.Actors, briefing.AsOf)
            .Select(w => (w.Actor.Anonymous, View: new PersonView(
                w.Actor.Name,
                w.RoleText,
                w.Actor.Country ?? w.Role?.Country ?? w.Role?.Agency?.Country ?? w.Actor.Affiliation?.Country ?? "—",
                string.Join(", ", w.Actor.Aliases),
                Notes(w.Role?.Citations ?? [], w.RoleText))))
            .ToList();
        return (entries.Where(e => !e.Anonymous).Select(e => e.View).ToList(), entries.Where(e => e.Anonymous).Select(e => e.View).ToList());
    }

    private List<AgencyView> Agencies() => content.Agencies
        .Select(a => new AgencyView(a.Name, a.Short ?? "—", Words(Kebab.Of(a.AgencyKind)), a.Country ?? "—", a.Parent?.Name ?? "—"))
        .ToList();

    // The short briefings list the levers still in play; the full one every policy with its history.
    private List<PolicyView> Policies() => content.Policies
        .Where(p => Preset == BriefingPreset.Full || InPlay(p.StatusAsOf(briefing.AsOf) ?? p.Statuses[0]))
        .Select(p =>
        {
            var current = p.StatusAsOf(briefing.AsOf) ?? p.Statuses[0];
            var currentNotes = Notes(current.Citations, $"{p.Name} {current.Note}");
            var history = p.Statuses.Count < 2 || Preset != BriefingPreset.Full ? []
                : p.Statuses.Select(s => new PolicyStatusView(s.Date.Display(), Words(Kebab.Of(s.Status)), s.Note ?? string.Empty, Notes(s.Citations, $"{p.Name} {s.Note}"))).ToList();
            return new PolicyView(
                p.Name, p.Description ?? string.Empty, p.Owner?.DisplayName ?? "—", Words(Kebab.Of(current.Status)), current.Date.Display(),
                current.Note ?? string.Empty, Names(p.Advocates), Names(p.Critics), currentNotes, history);
        })
        .ToList();

    private List<NumberView> Numbers() => content.Statistics
        .Select(s => new NumberView(
            s.Wording,
            s.Description,
            s.Period is { } period ? period.Display() : $"as of {s.AsOf!.Value.Display()}",
            s.Place,
            s.ReportedBy?.DisplayName ?? "—",
            Outlets(s.Citations),
            Notes(s.Citations, $"{s.Wording} {s.Description}")))
        .ToList();

    private List<DiscrepancyView> Discrepancies() => DiscrepancyFinder.Find(content.Statistics, content.Claims, briefing.Options.Discrepancies)
        .Select(d => new DiscrepancyView(
            d.Topic,
            d.Severity.ToString(),
            d.Kind == DiscrepancyKind.Figures ? "figures" : "claims",
            d.Items.Select(i => new DiscrepancyItemView(i.Wording, Outlets(i.Citations), Notes(i.Citations, $"{d.Topic} {i.Wording}"))).ToList(),
            d.Explanation))
        .ToList();

    // Chronological and stable; undated statements last, in dossier order.
    private List<StatementView> Statements() => DateOrder.Sort(content.Statements, s => s.Date)
        .Select(s => new StatementView(
            s.Speaker.DisplayName,
            SpeakerRole(s),
            s.Date?.Display() ?? "undated",
            s.Quote,
            s.Paraphrase,
            s.Via ?? string.Empty,
            s.Medium is { } medium ? Words(Kebab.Of(medium)) : string.Empty,
            citations.NumbersOf(s.Citations, s.Quote ?? s.Paraphrase ?? string.Empty, quotedInText: s.Quote is not null)))
        .ToList();

    private string SpeakerRole(Statement statement) => statement.Speaker switch
    {
        Actor actor => new WhosWhoEntry(actor, actor.RoleAsOf(statement.Date ?? briefing.AsOf)).RoleText,
        Agency agency => agency.Parent?.Name ?? string.Empty,
        _ => string.Empty,
    };

    private List<SourceView> Sources()
    {
        var cited = content.AllCitations().Select(c => c.Source).ToHashSet();
        return briefing.Dossier.Sources.Where(cited.Contains).Select(s => new SourceView(
            s.Id, s.Outlet, s.Title, string.Join(", ", s.Authors), s.Published.Display(), s.Reliability.ToString(), ReliabilityMeaning(s.Reliability),
            Words(Kebab.Of(s.SourceKind)), s.Url?.AbsoluteUri, Provenance(s))).ToList();
    }

    private List<FootnoteView> Footnotes()
    {
        var sourcesSeen = new HashSet<Source>();
        var shortNotes = new HashSet<(Source, string?)>(); // notes that give no quote: two of one paragraph would read alike
        var written = new HashSet<(Source, string?, string)>(); // two passages of one paragraph may open alike: give more words
        var views = new List<FootnoteView>(citations.Notes.Count);
        foreach (var note in citations.Notes)
        {
            var number = views.Count + 1;
            if (note.Passage is not { } c)
            {
                views.Add(new FootnoteView(number, string.Empty, string.Empty, string.Empty, string.Empty, 0, string.Empty, string.Empty, string.Empty, null, false, string.Empty, false, Basis(note.Evidence)));
                continue;
            }

            views.Add(new FootnoteView(
                number, c.Source.Outlet, c.Source.Title, c.Source.Published.Display(), c.Source.Reliability.ToString(), c.Credibility, c.Grade,
                c.Quote, c.Locator ?? string.Empty, c.Source.Url?.AbsoluteUri, true, Distinct(note, Excerpt(note, shortNotes, sourcesSeen.Contains(c.Source)), written), sourcesSeen.Add(c.Source), string.Empty));
        }

        return views;
    }

    /// <summary>The excerpt, or a longer one (at last the whole quote) when an earlier note of the same paragraph reads the same.</summary>
    private static string Distinct(Footnote note, string excerpt, HashSet<(Source, string?, string)> written)
    {
        var passage = note.Passage!;
        if (written.Add((passage.Source, passage.Locator, excerpt)))
        {
            return excerpt;
        }

        var longer = QuoteExcerpt.Of(passage.Quote, note.Context, QuoteExcerpt.MaxWords * 2);
        if (written.Add((passage.Source, passage.Locator, longer)))
        {
            return longer;
        }

        written.Add((passage.Source, passage.Locator, passage.Quote));
        return passage.Quote;
    }

    /// <summary>Characters a short-form note may take ("CBS News, 28 Dec 2023, para 17 (B2): “…”") to stay on one line of a page's notes.</summary>
    private const int ShortNoteLine = 112;

    /// <summary>
    /// The words of the quote a note gives; none when the text citing it already prints them (a statement's own
    /// words). A short-form note gives as few as five words so that it stays on one line; the quote stays whole in the
    /// full briefing and the passage is the first note of its source in this one.
    /// </summary>
    private static string Excerpt(Footnote note, HashSet<(Source, string?)> shortNotes, bool shortForm)
    {
        var passage = note.Passage!;
        var printed = note.QuotedInText && passage.Quote.Contains(note.Context, StringComparison.Ordinal);
        if (printed && shortNotes.Add((passage.Source, passage.Locator)))
        {
            return string.Empty;
        }

        var scored = QuoteExcerpt.Score(passage.Quote, note.Context);
        var excerpt = scored.Take(QuoteExcerpt.MaxWords);
        var reference = passage.Source.Outlet.Length + passage.Source.Published.Display().Length + (passage.Locator?.Length ?? 0) + 16;
        for (var words = QuoteExcerpt.MaxWords - 1; shortForm && words >= 5 && reference + excerpt.Length > ShortNoteLine; words--)
        {
            excerpt = scored.Take(words);
        }

        return excerpt;
    }

    /// <summary>
    /// "CBS News (28 Dec 2023, para 13) and ADN America (28 Dec 2023, para 3)": the sources a page-one line rests
    /// on. Dates and locators for a few passages (a figure, an event); a judgment resting on many names its sources
    /// (the source list dates them).
    /// </summary>
    private static string Basis(IReadOnlyList<Citation> evidence)
    {
        var withLocators = evidence.Count <= 3;
        var sources = evidence.GroupBy(c => c.Source).Select(g =>
        {
            var locators = withLocators ? g.Select(c => c.Locator).OfType<string>().Distinct().ToList() : [];
            return withLocators ? $"{g.Key.Outlet} ({g.Key.Published.Display()}{(locators.Count > 0 ? ", " + string.Join(", ", locators) : string.Empty)})" : g.Key.Outlet;
        }).ToList();
        return (sources.Count > 1 ? $"{string.Join(", ", sources[..^1])} and {sources[^1]}" : sources.FirstOrDefault() ?? "no cited fact") + ".";
    }

    private static string Provenance(Source s)
    {
        var parts = new List<string>();
        if (s.SyndicatedFrom is { } syndicated)
        {
            parts.Add($"syndicated from {syndicated}");
        }

        if (s.Relays.Count > 0)
        {
            parts.Add($"relays {string.Join(", ", s.Relays)}");
        }

        if (s.Republished is { } r)
        {
            parts.Add($"copy held from {r.By}{(r.Date is { } d ? $", dated {d.Display()}" : string.Empty)}; original date used");
        }

        return parts.Count == 0 ? "original reporting" : string.Join("; ", parts);
    }

    private static string ReliabilityMeaning(SourceReliability grade) => grade switch
    {
        SourceReliability.A => "completely reliable",
        SourceReliability.B => "usually reliable",
        SourceReliability.C => "fairly reliable",
        SourceReliability.D => "not usually reliable",
        SourceReliability.E => "unreliable",
        _ => "reliability cannot be judged",
    };

    /// <summary>
    /// A lever still in play at the briefing date: not ended, rejected or suspended, and, when it was only talked
    /// about (proposed, demanded, discussed, announced, under negotiation), talked about within the last year.
    /// </summary>
    private bool InPlay(PolicyStatus current) => current.Status switch
    {
        PolicyStatusKind.Ended or PolicyStatusKind.Rejected or PolicyStatusKind.Suspended => false,
        PolicyStatusKind.Enacted or PolicyStatusKind.InForce or PolicyStatusKind.Expanded => true,
        _ => current.Date.Start >= briefing.AsOf.Start.AddYears(-1),
    };

    private static string Outlets(IEnumerable<Citation> cited) => string.Join(", ", cited.Select(c => c.Source.Outlet).Distinct());

    private static string Names(IEnumerable<IParty> parties) => parties.Any() ? string.Join(", ", parties.Select(p => p.DisplayName)) : "—";

    private static string Words(string kebab) => kebab.Replace('-', ' ');
}
