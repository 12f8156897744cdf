using System.Globalization;
using BriefingKit.Schema.Model;

namespace BriefingKit.Model;

/// <summary>A measure or lever, with its status over time.</summary>
public sealed class Policy : ICited
{
    /// <summary>The policy's <c>id</c>, unique across the dossier.</summary>
    public required string Id { get; init; }

    /// <summary>Always <see cref="EntityKind.Policy"/>.</summary>
    public EntityKind Kind => EntityKind.Policy;

    /// <summary>The policy's <see cref="Name"/>.</summary>
    public string DisplayName => Name;

    /// <summary>The policy's name as briefings print it: "Legal pathways for migrants".</summary>
    public required string Name { get; init; }

    /// <summary>What the measure does; null when the dossier gives no <c>description</c>.</summary>
    public string? Description { get; init; }

    /// <summary>The actor or agency responsible for the measure (<c>owner</c>); null when not given.</summary>
    public IParty? Owner { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 code of the country the measure applies in; null when not given.</summary>
    public string? Country { get; init; }

    /// <summary>Actors and agencies that back the measure (<c>advocates</c>), in dossier order.</summary>
    public IReadOnlyList<IParty> Advocates { get; init; } = [];

    /// <summary>Actors and agencies that oppose or criticise it (<c>critics</c>), in dossier order.</summary>
    public IReadOnlyList<IParty> Critics { get; init; } = [];

    /// <summary>Status entries in date order.</summary>
    public required IReadOnlyList<PolicyStatus> Statuses { get; init; }

    /// <summary>The policy's <c>tags</c>, which <see cref="Briefing.BriefingFilter.Tags"/> selects by.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The citations of every status entry, in date order.</summary>
    public IReadOnlyList<Citation> Citations => Statuses.SelectMany(s => s.Citations).ToList();

    /// <summary>The latest status dated on or before <paramref name="asOf"/>.</summary>
    public PolicyStatus? StatusAsOf(PartialDate asOf) => Statuses.LastOrDefault(s => s.Date.Start <= asOf.End);
}

/// <summary>One entry of a policy's <c>status</c> list: the status it reached on a date.</summary>
/// <param name="Date">When the policy reached this status.</param>
/// <param name="Status">The status reached: proposed, enacted, in force, suspended …</param>
/// <param name="Note">The analyst's <c>note</c> on this step; null when none.</param>
/// <param name="Citations">The passages that report this status.</param>
public sealed record PolicyStatus(PartialDate Date, PolicyStatusKind Status, string? Note, IReadOnlyList<Citation> Citations);

/// <summary>A reported figure: value, unit, bound and the period it covers. Disagreeing reports stay separate statistics.</summary>
public sealed class Statistic : ICited
{
    /// <summary>The statistic's <c>id</c>, unique across the dossier.</summary>
    public required string Id { get; init; }

    /// <summary>Always <see cref="EntityKind.Statistic"/>.</summary>
    public EntityKind Kind => EntityKind.Statistic;

    /// <summary>The statistic's <see cref="Description"/>.</summary>
    public string DisplayName => Description;

    /// <summary>The kebab-case name of what is counted (<c>measure</c>); statistics with the same measure, geography and rate are compared for discrepancies.</summary>
    public required string Measure { get; init; }

    /// <summary>What is counted, in words: "Border Patrol apprehensions at the southern border".</summary>
    public required string Description { get; init; }

    /// <summary>The reported number, before any <see cref="Bound"/> or <see cref="Per"/> is applied.</summary>
    public required decimal Value { get; init; }

    /// <summary>The unit of <see cref="Value"/>: "migrants", "days", or "USD" for money (printed with a leading $).</summary>
    public required string Unit { get; init; }

    /// <summary>How the source bounds the figure ("more than", "up to" …); <see cref="Bound.Exact"/> when not given.</summary>
    public Bound Bound { get; init; } = Bound.Exact;

    /// <summary>The rate period when the figure is a rate ("a day"); null for a total.</summary>
    public RatePer? Per { get; init; }

    /// <summary>The period the figure covers; null when the dossier gives <see cref="AsOf"/> instead.</summary>
    public Period? Period { get; init; }

    /// <summary>The date the figure was current (<c>as-of</c>); null when the dossier gives <see cref="Period"/> instead.</summary>
    public PartialDate? AsOf { get; init; }

    /// <summary>The kebab-case place the figure is about (<c>geography</c>): "us-mexico-border"; <see cref="Place"/> gives it as a name.</summary>
    public required string Geography { get; init; }

    /// <summary>The actor or agency that reported the figure (<c>reported-by</c>); null when not given.</summary>
    public IParty? ReportedBy { get; init; }

    /// <summary>The passages that report the figure.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>The statistic's <c>tags</c>, which <see cref="Briefing.BriefingFilter.Tags"/> selects by.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The analyst's <c>notes</c>; null when none.</summary>
    public string? Notes { get; init; }

    /// <summary>The period the figure speaks for: its own period, else the day it was current.</summary>
    public Period EffectivePeriod => Period ?? Schema.Model.Period.Of(AsOf!.Value);

    /// <summary>The figure as a reader sees it: "more than 191,000 migrants", "as many as 10,000 migrants a day".</summary>
    public string Wording
    {
        get
        {
            var bound = Bound switch
            {
                Bound.Exact => string.Empty,
                Bound.Nearly => "nearly ",
                Bound.AtLeast => "at least ",
                Bound.MoreThan => "more than ",
                Bound.AtMost => "at most ",
                Bound.AsManyAs => "as many as ",
                Bound.FewerThan => "fewer than ",
                Bound.UpTo => "up to ",
                _ => "about ",
            };
            var value = FormatValue(Value);
            var unit = Unit == "USD" ? string.Empty : " " + Unit;
            var money = Unit == "USD" ? "$" : string.Empty;
            var per = Per is null ? string.Empty : " a " + Kebab.Of(Per.Value);
            return $"{bound}{money}{value}{unit}{per}";
        }
    }

    /// <summary>"7,000", "2.5", and round large amounts as reporters write them: "110.5 billion".</summary>
    public static string FormatValue(decimal value)
    {
        foreach (var (scale, word) in new[] { (1_000_000_000_000m, "trillion"), (1_000_000_000m, "billion"), (1_000_000m, "million") })
        {
            var scaled = value / scale;
            if (Math.Abs(value) >= scale && scaled == decimal.Round(scaled, 2))
            {
                return scaled.ToString("#,0.##", CultureInfo.InvariantCulture) + " " + word;
            }
        }

        return value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>The geography id as a place name: "us-mexico-border" → "US Mexico Border".</summary>
    public string Place => PlaceName(Geography);

    /// <summary>A kebab-case place id as a name: "us-mexico-border" → "US Mexico Border"; two-letter words become upper case.</summary>
    public static string PlaceName(string kebab) => string.Join(' ', kebab.Split('-').Select((word, i) => word switch
    {
        { Length: 2 } when i == 0 || word is not ("of" or "on" or "in" or "to") => word.ToUpperInvariant(),
        "and" or "of" or "the" or "in" or "on" or "to" when i > 0 => word,
        _ => char.ToUpperInvariant(word[0]) + word[1..],
    }));
}

/// <summary>Something that happened on a (partial) date.</summary>
public sealed class Event : ICited
{
    /// <summary>The event's <c>id</c>, unique across the dossier.</summary>
    public required string Id { get; init; }

    /// <summary>Always <see cref="EntityKind.Event"/>.</summary>
    public EntityKind Kind => EntityKind.Event;

    /// <summary>The event's <see cref="Title"/>.</summary>
    public string DisplayName => Title;

    /// <summary>When it happened, at the precision the sources give (day, month or year).</summary>
    public required PartialDate Date { get; init; }

    /// <summary>Kebab-case kind: meeting, call, closure, law-signed, caravan-departure …</summary>
    public required string EventKind { get; init; }

    /// <summary>What happened, in one line: "Blinken, Mayorkas and Sherwood-Randall meet López Obrador in Mexico City".</summary>
    public required string Title { get; init; }

    /// <summary>The actors and agencies that took part, in dossier order.</summary>
    public IReadOnlyList<IParty> Participants { get; init; } = [];

    /// <summary>Where it happened, as text; null when not given.</summary>
    public string? Place { get; init; }

    /// <summary>What came of it; null when not given.</summary>
    public string? Outcome { get; init; }

    /// <summary>The passages that report the event.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>The event's <c>tags</c>, which <see cref="Briefing.BriefingFilter.Tags"/> selects by.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>Something an actor or agency said, verbatim and/or paraphrased, as a source reported it.</summary>
public sealed class Statement : ICited
{
    /// <summary>The statement's <c>id</c>, unique across the dossier.</summary>
    public required string Id { get; init; }

    /// <summary>Always <see cref="EntityKind.Statement"/>.</summary>
    public EntityKind Kind => EntityKind.Statement;

    /// <summary>The <see cref="Quote"/>, else the <see cref="Paraphrase"/>, else the id.</summary>
    public string DisplayName => Quote ?? Paraphrase ?? Id;

    /// <summary>The actor or agency that spoke.</summary>
    public required IParty Speaker { get; init; }

    /// <summary>When it was said; null when the sources do not say (the statement is then left out of a date-filtered briefing).</summary>
    public PartialDate? Date { get; init; }

    /// <summary>The speaker's words verbatim, as the source prints them; null when only a <see cref="Paraphrase"/> is given.</summary>
    public string? Quote { get; init; }

    /// <summary>The analyst's or source's paraphrase; null when only a <see cref="Quote"/> is given. At least one of the two is set.</summary>
    public string? Paraphrase { get; init; }

    /// <summary>How it was said: a tweet, a press call, an interview …; null when not given.</summary>
    public StatementMedium? Medium { get; init; }

    /// <summary>Intermediary the source relied on (e.g. Associated Press).</summary>
    public string? Via { get; init; }

    /// <summary>The entities the statement is about (<c>about</c>), in dossier order.</summary>
    public IReadOnlyList<IEntity> About { get; init; } = [];

    /// <summary>The passages that report the statement.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>The statement's <c>tags</c>, which <see cref="Briefing.BriefingFilter.Tags"/> selects by.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>A typed edge between two parties.</summary>
public sealed class Relationship : ICited
{
    /// <summary>The relationship's <c>id</c>, or one made from its parties and type ("a-met-with-b-1") when the dossier gives none.</summary>
    public required string Id { get; init; }

    /// <summary>Always <see cref="EntityKind.Relationship"/>.</summary>
    public EntityKind Kind => EntityKind.Relationship;

    /// <summary>The relationship as a phrase: "Liz Sherwood-Randall advised Joe Biden".</summary>
    public string DisplayName => $"{From.DisplayName} {Kebab.Of(Type).Replace('-', ' ')} {To.DisplayName}";

    /// <summary>The party the relationship starts from (the one who advised, pressured, reports to …).</summary>
    public required IParty From { get; init; }

    /// <summary>The party the relationship points to.</summary>
    public required IParty To { get; init; }

    /// <summary>What links the two: counterpart of, reports to, met with …</summary>
    public required RelationshipType Type { get; init; }

    /// <summary>When the relationship was reported as holding or happening; null when not given.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>The analyst's <c>note</c>; null when none.</summary>
    public string? Note { get; init; }

    /// <summary>The passages that report the relationship.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }
}

/// <summary>A fact about an entity that sources may state differently (when someone took office …).</summary>
public sealed class Claim : ICited
{
    /// <summary>The claim's <c>id</c>, unique across the dossier.</summary>
    public required string Id { get; init; }

    /// <summary>Always <see cref="EntityKind.Claim"/>.</summary>
    public EntityKind Kind => EntityKind.Claim;

    /// <summary>The claim as "subject: attribute = value".</summary>
    public string DisplayName => $"{Subject.DisplayName}: {Attribute} = {Value}";

    /// <summary>The entity the claim is about; any entity except another claim.</summary>
    public required IEntity Subject { get; init; }

    /// <summary>The kebab-case attribute claimed (<c>took-office</c>); claims with the same subject and attribute but different values are a discrepancy.</summary>
    public required string Attribute { get; init; }

    /// <summary>The value the source gives, as text: "2022".</summary>
    public required string Value { get; init; }

    /// <summary>The analyst's <c>note</c>, added to the discrepancy's explanation; null when none.</summary>
    public string? Note { get; init; }

    /// <summary>The passages that state the claim.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }
}

/// <summary>An analyst's bottom line, with its confidence and the facts it rests on.</summary>
/// <param name="Text">The judgment, in the analyst's words.</param>
/// <param name="Confidence">How confident the analyst is: high, moderate or low.</param>
/// <param name="BasedOn">The facts the judgment rests on (<c>based-on</c>), in dossier order; their citations become its notes.</param>
public sealed record KeyJudgment(string Text, Confidence Confidence, IReadOnlyList<IEntity> BasedOn);
