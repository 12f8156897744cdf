namespace BriefingKit.Synthetic;

/// <summary>Policies with dated statuses, statistics in clusters that disagree on purpose, and events.</summary>
internal sealed partial class DossierGenerator
{
    private void WritePolicies()
    {
        body.Open(0, "policies");
        for (var i = 0; i < counts.Policies; i++)
        {
            var lever = random.Pick(Vocabulary.Levers);
            var country = random.Pick(Vocabulary.Countries);
            var id = NewId($"pol-{lever}-{country.Code}");
            policyIds.Add(id);
            factIds.Add(id);
            var owner = random.Pick(parties);
            body.BeginItem();
            body.Plain(4, "id", id);
            body.Text(4, "name", $"{lever} ({country.Adjective})");
            if (random.Chance(0.7))
            {
                body.Text(4, "description", $"{lever} as applied by the {country.Adjective} side; tracked because {random.Pick(Vocabulary.QuoteMiddles)} depends on it.");
            }

            body.Plain(4, "owner", owner.Id);
            body.Plain(4, "country", country.Code);
            body.List(4, "advocates", random.PickDistinct(parties, random.Next(0, 4)).Select(p => p.Id).ToList());
            body.List(4, "critics", random.PickDistinct(parties, random.Next(0, 3)).Select(p => p.Id).ToList());

            // A status history moves forward along the usual sequence, sometimes ending on a side track.
            body.Open(4, "status");
            var steps = random.Next(1, 4);
            var at = random.Next(Vocabulary.StatusSequence.Length - steps + 1);
            var date = RandomDay().AddDays(-30 * steps);
            for (var s = 0; s < steps; s++)
            {
                var status = s == steps - 1 && random.Chance(0.25) ? random.Pick(Vocabulary.StatusSideTracks) : Vocabulary.StatusSequence[at + s];
                body.BeginItem();
                body.Plain(8, "date", Iso(date));
                body.Plain(8, "status", status);
                if (random.Chance(0.3))
                {
                    body.Text(8, "note", $"Reported after talks in {random.Pick(Vocabulary.Places)}.");
                }

                Citations(8, $"{owner.Display} said the {lever.ToLowerInvariant()} measure was {status.Replace('-', ' ')} as of {Spoken(date)}, officials confirmed.");
                date = date.AddDays(random.Next(5, 30));
            }

            if (random.Chance(0.3))
            {
                body.List(4, "tags", [random.Pick(["border", "diplomacy", "domestic", "aid", "enforcement"])], quote: true);
            }
        }

        body.Blank();
    }

    private void WriteStatistics()
    {
        body.Open(0, "statistics");
        var written = 0;
        while (written < counts.Statistics)
        {
            // A cluster: one measure, place and month reported by one to three sources that word it differently.
            var measure = random.Pick(Vocabulary.Measures);
            var geography = random.Pick(measure.Geographies);
            var month = RandomDay();
            month = new DateOnly(month.Year, month.Month, 1);
            var value = random.Next((int)(measure.Low / Scale(measure)), (int)(measure.High / Scale(measure)) + 1) * Scale(measure);
            var size = Math.Min(counts.Statistics - written, random.Chance(0.4) ? 1 : random.Chance(0.66) ? 2 : 3);
            for (var k = 0; k < size; k++)
            {
                WriteStatistic(measure, geography, month, k == 0 ? value : Variant(value, measure), k == 0 ? random.Pick(["exact", "more-than", "approximately"]) : random.Pick(Vocabulary.Bounds), k);
                written++;
            }
        }

        body.Blank();
    }

    private void WriteStatistic(Vocabulary.Measure measure, string geography, DateOnly month, long value, string bound, int member)
    {
        var id = NewId($"stat-{measure.Id}-{geography}-{Month(month)}");
        factIds.Add(id);
        body.BeginItem();
        body.Plain(4, "id", id);
        body.Plain(4, "measure", measure.Id);
        var place = geography.Replace('-', ' ');
        body.Text(4, "description", $"{measure.Description} ({place}, {Vocabulary.MonthNames[month.Month - 1]} {month.Year})");
        body.Plain(4, "value", value);
        body.Plain(4, "unit", measure.Unit);
        body.Plain(4, "bound", bound);
        body.Plain(4, "per", measure.Per);

        // The first report covers the month; later ones a fortnight or a day inside it, so periods overlap.
        string when;
        switch (member == 0 ? 0 : random.Next(3))
        {
            case 0:
                body.Plain(4, "period", Month(month));
                when = $"In {Vocabulary.MonthNames[month.Month - 1]} {month.Year}";
                break;
            case 1:
                var from = month.AddDays(random.Next(0, 14));
                var to = from.AddDays(random.Next(3, 14));
                body.Open(4, "period");
                body.Plain(6, "from", Iso(from));
                body.Plain(6, "to", Iso(to));
                when = $"Between {Spoken(from)} and {Spoken(to)}";
                break;
            default:
                var day = month.AddDays(random.Next(0, 28));
                body.Plain(4, "as-of", Iso(day));
                when = $"As of {Spoken(day)}";
                break;
        }

        body.Plain(4, "geography", geography);
        if (random.Chance(0.5))
        {
            body.Plain(4, "reported-by", random.Pick(parties).Id);
        }

        var figure = measure.Unit == "USD" ? Dollars(value) : $"{Number(value)} {measure.Unit}";
        var rate = measure.Per is null ? string.Empty : $" a {measure.Per}";
        Citations(4, $"{when}, {measure.Reporter} {measure.Verb} {Words(bound)}{figure}{rate} in the {place} area.");
        if (random.Chance(0.2))
        {
            body.Text(4, "notes", member == 0 ? "Headline figure as first reported." : "Differs from the first report in rounding, period or bound.");
        }
    }

    /// <summary>Another source's version of a figure: rounded, a peak against an average, or materially different.</summary>
    private long Variant(long value, Vocabulary.Measure measure) => random.Next(4) switch
    {
        0 => value,
        1 => Math.Max(Scale(measure), value / (Scale(measure) * 10) * (Scale(measure) * 10)), // 191,000 → 190,000
        2 => Round(value * random.Next(105, 140) / 100, measure),
        _ => Round(value * random.Next(60, 95) / 100, measure),
    };

    private static long Scale(Vocabulary.Measure measure) => measure.High >= 1_000_000_000 ? 100_000_000 : measure.High >= 10_000 ? 1_000 : 1;

    private static long Round(long value, Vocabulary.Measure measure) => Math.Max(1, value / Scale(measure) * Scale(measure));

    private static string Dollars(long value) => value >= 1_000_000_000
        ? $"${(value / 1_000_000_000m).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} billion"
        : $"${value / 1_000_000} million";

    private static string Words(string bound) => bound switch
    {
        "exact" => string.Empty,
        "approximately" => "an estimated ",
        _ => bound.Replace('-', ' ') + " ",
    };

    private void WriteEvents()
    {
        body.Open(0, "events");
        for (var i = 0; i < counts.Events; i++)
        {
            var kind = random.Pick(Vocabulary.EventKinds);
            var day = RandomDay();
            var who = random.PickDistinct(parties, random.Next(1, 5));
            var place = random.Pick(Vocabulary.Places);
            var a = who[0].Display;
            var b = who.Count > 1 ? who[1].Display : random.Pick(agencies).Display;
            var title = kind switch
            {
                "meeting" => $"{a} meets {b} in {place}",
                "call" => $"{a} and {b} speak by phone",
                "closure" => $"Crossings at {place} closed",
                "reopening" => $"Crossings at {place} reopen",
                "law-signed" => $"{a} signs the {random.Pick(Vocabulary.Levers).ToLowerInvariant()} law",
                "caravan-departure" => $"Caravan of about {Number(random.Next(10, 80) * 100)} migrants leaves {place}",
                "visit" => $"{a} visits {place}",
                "letter" => $"{a} writes to {b}",
                "order-signed" => $"{a} signs an order on {random.Pick(Vocabulary.Levers).ToLowerInvariant()}",
                "appointment" => $"{a} appointed {random.Pick(Vocabulary.Titles).ToLowerInvariant()}",
                _ => $"{a} issues a statement on {random.Pick(Vocabulary.QuoteMiddles)}",
            };
            var id = NewId($"ev-{kind}-{Iso(day)}");
            eventIds.Add(id);
            factIds.Add(id);
            body.BeginItem();
            body.Plain(4, "id", id);
            var monthOnly = random.Chance(0.15);
            body.Plain(4, "date", monthOnly ? Month(day) : Iso(day));
            body.Plain(4, "kind", kind);
            body.Text(4, "title", title);
            body.List(4, "participants", who.Select(p => p.Id).ToList());
            if (random.Chance(0.7))
            {
                body.Text(4, "place", place);
            }

            if (random.Chance(0.4))
            {
                body.Text(4, "outcome", $"Both sides pointed to {random.Pick(Vocabulary.QuoteMiddles)}.");
            }

            var when = monthOnly ? $"in {Vocabulary.MonthNames[day.Month - 1]}" : $"on {day.DayOfWeek}";
            var quotes = random.Chance(0.3)
                ? new[] { $"{title} {when}, officials said.", $"{a} confirmed the {kind.Replace('-', ' ')} {when} in {place}." }
                : [$"{title} {when}, officials said."];
            Citations(4, quotes);
            if (random.Chance(0.2))
            {
                body.List(4, "tags", [random.Pick(["border", "diplomacy", "domestic"])], quote: true);
            }
        }

        body.Blank();
    }
}
