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

    private BriefingView Build()
    {
        var sections = briefing.Options.Sections;
        IReadOnlyList<KeyJudgmentView> judgments = [];
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
                case BriefingSection.KeyJudgments: judgments = KeyJudgments(); empty[section] = judgments.Count == 0; break;
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
            sections.Select(s => new SectionView(BriefingSections.PartialName(s), BriefingSections.Title(s), empty[s])).ToList(),
            judgments, summary, timeline, people, unnamed, agencies, policies, numbers, discrepancies, statements, sources, Footnotes());
    }

    private IReadOnlyList<int> Notes(IEnumerable<Citation> cited) => citations.NumbersOf(cited);

    private List<KeyJudgmentView> KeyJudgments() => content.KeyJudgments
        .Select(k => new KeyJudgmentView(
            Kebab.Of(k.Confidence) switch { "high" => "High", "moderate" => "Moderate", _ => "Low" },
            k.Text,
            Notes(k.BasedOn.OfType<ICited>().Select(f => f.Citations[0]))))
        .ToList();

    private List<TimelineRowView> Timeline() => Analysis.Timeline.Build(content.Events, content.Statements)
        .Select(e => new TimelineRowView(
            e.DateText,
            e.Fact is Event ev ? Words(ev.EventKind) : "statement",
            e.Text,
            e.Who.Count == 0 ? "—" : string.Join(", ", e.Who.Select(p => p.DisplayName)),
            Notes(e.Fact.Citations)))
        .ToList();

    private (List<PersonView> People, List<PersonView> Unnamed) WhosWho()
    {
        var entries = Analysis.WhosWho.AsOf(content.Actors, briefing.AsOf)
            .Select(w => (w.Actor.Anonymous, View: new PersonView(
                w.Actor.Name,
                w.RoleText,
                w.Actor.Country ?? w.Role?.Country ?? w.Role?.Agency?.Country ?? w.Actor.Affiliation?.Country ?? "—",
                string.Join(", ", w.Actor.Aliases),
                Notes(w.Role?.Citations ?? []))))
            .ToList();
        return (entries.Where(e => !e.Anonymous).Select(e => e.View).ToList(), entries.Where(e => e.Anonymous).Select(e => e.View).ToList());
    }

    private List<AgencyView> Agencies() => content.Agencies
        .Select(a => new AgencyView(a.Name, a.Short ?? "—", Words(Kebab.Of(a.AgencyKind)), a.Country ?? "—", a.Parent?.Name ?? "—"))
        .ToList();

    private List<PolicyView> Policies() => content.Policies
        .Select(p =>
        {
            var current = p.StatusAsOf(briefing.AsOf) ?? p.Statuses[0];
            var currentNotes = Notes(current.Citations);
            var history = p.Statuses.Count < 2 ? []
                : p.Statuses.Select(s => new PolicyStatusView(s.Date.Display(), Words(Kebab.Of(s.Status)), s.Note ?? string.Empty, Notes(s.Citations))).ToList();
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
            Notes(s.Citations)))
        .ToList();

    private List<DiscrepancyView> Discrepancies() => DiscrepancyFinder.Find(content.Statistics, content.Claims, briefing.Options.Discrepancies)
        .Select(d => new DiscrepancyView(
            d.Topic,
            d.Severity.ToString(),
            d.Kind == DiscrepancyKind.Figures ? "figures" : "claims",
            d.Items.Select(i => new DiscrepancyItemView(i.Wording, Outlets(i.Citations), Notes(i.Citations))).ToList(),
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
            Notes(s.Citations)))
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

    private List<FootnoteView> Footnotes() => citations.Notes
        .Select((c, i) => new FootnoteView(
            i + 1, c.Source.Outlet, c.Source.Title, c.Source.Published.Display(), c.Source.Reliability.ToString(), c.Credibility, c.Grade,
            c.Quote, c.Locator ?? string.Empty, c.Source.Url?.AbsoluteUri))
        .ToList();

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

        return parts.Count == 0 ? "original" : string.Join("; ", parts);
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

    private static string Outlets(IEnumerable<Citation> cited) => string.Join(", ", cited.Select(c => c.Source.Outlet).Distinct());

    private static string Names(IEnumerable<IParty> parties) => parties.Any() ? string.Join(", ", parties.Select(p => p.DisplayName)) : "—";

    private static string Words(string kebab) => kebab.Replace('-', ' ');
}
