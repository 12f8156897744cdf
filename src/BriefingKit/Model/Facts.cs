using System.Globalization;
using BriefingKit.Schema.Model;

namespace BriefingKit.Model;

/// <summary>A measure or lever, with its status over time.</summary>
public sealed class Policy : ICited
{
    public required string Id { get; init; }

    public EntityKind Kind => EntityKind.Policy;

    public string DisplayName => Name;

    public required string Name { get; init; }

    public string? Description { get; init; }

    public IParty? Owner { get; init; }

    public string? Country { get; init; }

    public IReadOnlyList<IParty> Advocates { get; init; } = [];

    public IReadOnlyList<IParty> Critics { get; init; } = [];

    /// <summary>Status entries in date order.</summary>
    public required IReadOnlyList<PolicyStatus> Statuses { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<Citation> Citations => Statuses.SelectMany(s => s.Citations).ToList();

    /// <summary>The latest status dated on or before <paramref name="asOf"/>.</summary>
    public PolicyStatus? StatusAsOf(PartialDate asOf) => Statuses.LastOrDefault(s => s.Date.Start <= asOf.End);
}

public sealed record PolicyStatus(PartialDate Date, PolicyStatusKind Status, string? Note, IReadOnlyList<Citation> Citations);

/// <summary>A reported figure: value, unit, bound and the period it covers. Disagreeing reports stay separate statistics.</summary>
public sealed class Statistic : ICited
{
    public required string Id { get; init; }

    public EntityKind Kind => EntityKind.Statistic;

    public string DisplayName => Description;

    public required string Measure { get; init; }

    public required string Description { get; init; }

    public required decimal Value { get; init; }

    public required string Unit { get; init; }

    public Bound Bound { get; init; } = Bound.Exact;

    public RatePer? Per { get; init; }

    public Period? Period { get; init; }

    public PartialDate? AsOf { get; init; }

    public required string Geography { get; init; }

    public IParty? ReportedBy { get; init; }

    public required IReadOnlyList<Citation> Citations { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

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
    public required string Id { get; init; }

    public EntityKind Kind => EntityKind.Event;

    public string DisplayName => Title;

    public required PartialDate Date { get; init; }

    /// <summary>Kebab-case kind: meeting, call, closure, law-signed, caravan-departure …</summary>
    public required string EventKind { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<IParty> Participants { get; init; } = [];

    public string? Place { get; init; }

    public string? Outcome { get; init; }

    public required IReadOnlyList<Citation> Citations { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>Something an actor or agency said, verbatim and/or paraphrased, as a source reported it.</summary>
public sealed class Statement : ICited
{
    public required string Id { get; init; }

    public EntityKind Kind => EntityKind.Statement;

    public string DisplayName => Quote ?? Paraphrase ?? Id;

    public required IParty Speaker { get; init; }

    public PartialDate? Date { get; init; }

    public string? Quote { get; init; }

    public string? Paraphrase { get; init; }

    public StatementMedium? Medium { get; init; }

    /// <summary>Intermediary the source relied on (e.g. Associated Press).</summary>
    public string? Via { get; init; }

    public IReadOnlyList<IEntity> About { get; init; } = [];

    public required IReadOnlyList<Citation> Citations { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>A typed edge between two parties.</summary>
public sealed class Relationship : ICited
{
    public required string Id { get; init; }

    public EntityKind Kind => EntityKind.Relationship;

    public string DisplayName => $"{From.DisplayName} {Kebab.Of(Type).Replace('-', ' ')} {To.DisplayName}";

    public required IParty From { get; init; }

    public required IParty To { get; init; }

    public required RelationshipType Type { get; init; }

    public PartialDate? Date { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<Citation> Citations { get; init; }
}

/// <summary>A fact about an entity that sources may state differently (when someone took office …).</summary>
public sealed class Claim : ICited
{
    public required string Id { get; init; }

    public EntityKind Kind => EntityKind.Claim;

    public string DisplayName => $"{Subject.DisplayName}: {Attribute} = {Value}";

    public required IEntity Subject { get; init; }

    public required string Attribute { get; init; }

    public required string Value { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<Citation> Citations { get; init; }
}

/// <summary>An analyst's bottom line, with its confidence and the facts it rests on.</summary>
public sealed record KeyJudgment(string Text, Confidence Confidence, IReadOnlyList<IEntity> BasedOn);
