namespace BriefingKit.Synthetic;

/// <summary>Statements (quotes backed verbatim by their citations), relationships and claims (some contradicting).</summary>
internal sealed partial class DossierGenerator
{
    private void WriteStatements()
    {
        body.Open(0, "statements");
        for (var i = 0; i < counts.Statements; i++)
        {
            var speaker = random.Chance(0.75) ? random.Pick(actors) : random.Pick(agencies);
            var id = NewId($"st-{i + 1}-{speaker.Short}");
            factIds.Add(id);
            var opener = random.Pick(Vocabulary.QuoteOpeners);
            var middle = random.Pick(Vocabulary.QuoteMiddles);
            var ending = random.Pick(Vocabulary.QuoteEndings);
            var words = $"{opener} {middle} {ending}";
            var who = speaker.IsAgency ? $"the {speaker.Display}" : speaker.Anonymous ? "one of the officials" : speaker.Short;

            // The statement's quote must be printed by a cited passage (BK3009): the passage always contains it,
            // whole or, for an elided quote, piece by piece around the reporter's interjection.
            string? quote = null;
            string passage;
            switch (random.Next(10))
            {
                case < 6:
                    quote = words;
                    passage = random.Chance(0.5) ? $"\"{words},\" {who} said." : $"{Capital(who)} said that “{words}.”";
                    break;
                case < 8:
                    quote = $"{opener} … {ending}";
                    passage = $"“{opener},” {random.Pick(Vocabulary.Interjections)}, “{middle} {ending}.”";
                    break;
                default:
                    passage = $"{Capital(who)} spoke of {middle} {ending}.";
                    break;
            }

            body.BeginItem();
            body.Plain(4, "id", id);
            body.Plain(4, "speaker", speaker.Id);
            if (random.Chance(0.85))
            {
                body.Plain(4, "date", Iso(RandomDay()));
            }

            body.Text(4, "quote", quote);
            if (quote is null || random.Chance(0.5))
            {
                body.Text(4, "paraphrase", $"{speaker.Display} pointed to {middle} {ending}.");
            }

            if (random.Chance(0.7))
            {
                body.Plain(4, "medium", random.Pick(Vocabulary.Media));
            }

            if (random.Chance(0.3))
            {
                body.Text(4, "via", random.Pick(Vocabulary.Wires));
            }

            var about = new List<string>();
            if (eventIds.Count > 0 && random.Chance(0.4))
            {
                about.Add(random.Pick(eventIds));
            }

            if (policyIds.Count > 0 && random.Chance(0.3))
            {
                about.Add(random.Pick(policyIds));
            }

            body.List(4, "about", about.Distinct().ToList());
            Citations(4, random.Chance(0.2) ? [passage, $"{Capital(who)} was quoted as saying {middle} was the priority."] : [passage]);
        }

        body.Blank();
    }

    private void WriteRelationships()
    {
        body.Open(0, "relationships");
        for (var i = 0; i < counts.Relationships; i++)
        {
            var pair = random.PickDistinct(parties, 2);
            var (from, to) = random.Chance(0.5) ? (pair[0], pair[1]) : (pair[1], pair[0]);
            var type = random.Pick(Vocabulary.RelationshipTypes);
            body.BeginItem();
            if (random.Chance(0.8))
            {
                var id = NewId($"rel-{from.Short}-{type}-{to.Short}");
                factIds.Add(id);
                body.Plain(4, "id", id);
            }

            body.Plain(4, "from", from.Id);
            body.Plain(4, "to", to.Id);
            body.Plain(4, "type", type);
            if (random.Chance(0.5))
            {
                body.Plain(4, "date", Iso(RandomDay()));
            }

            if (random.Chance(0.2))
            {
                body.Text(4, "note", "Inferred from the reporting; not stated as such by either side.");
            }

            var verb = type switch
            {
                "counterpart-of" => "the counterpart of",
                "reports-to" => "who reports to",
                "met-with" => "who met with",
                "spoke-with" => "who spoke with",
                "allied-with" => "an ally of",
                _ => $"who {type.Replace('-', ' ')}",
            };
            Citations(4, $"{from.Display}, {verb} {to.Display},");
        }

        body.Blank();
    }

    private void WriteClaims()
    {
        body.Open(0, "claims");
        var written = 0;
        while (written < counts.Claims)
        {
            // About a third of claims come in contradicting pairs: same subject and attribute, different values.
            var attribute = random.Pick(Vocabulary.ClaimAttributes);
            var (subject, value, other) = attribute switch
            {
                "took-office" or "announced" => Year(attribute == "took-office" ? random.Pick(actors).Id : random.Pick(policyIds)),
                "leader" => (random.Pick(agencies).Id, random.Pick(actors.Where(a => !a.Anonymous).ToList()).Display, random.Pick(actors).Display),
                "founded" => Year(random.Pick(agencies).Id),
                _ => (random.Pick(agencies).Id, random.Pick(Vocabulary.Places), random.Pick(Vocabulary.Places)),
            };
            var pair = counts.Claims - written >= 2 && random.Chance(0.5) && other != value;
            WriteClaim(subject, attribute, value, note: null);
            written++;
            if (pair)
            {
                WriteClaim(subject, attribute, other, note: random.Chance(0.5) ? "Conflicts with the other report; the public record was not checked." : null);
                written++;
            }
        }

        body.Blank();

        (string Subject, string Value, string Other) Year(string subject)
        {
            var year = random.Next(2015, 2024);
            return (subject, year.ToString(System.Globalization.CultureInfo.InvariantCulture), (year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private void WriteClaim(string subject, string attribute, string value, string? note)
    {
        var id = NewId($"claim-{subject}-{attribute}");
        factIds.Add(id);
        body.BeginItem();
        body.Plain(4, "id", id);
        body.Plain(4, "subject", subject);
        body.Plain(4, "attribute", attribute);
        body.Text(4, "value", value);
        body.Text(4, "note", note);
        Citations(4, $"according to the report, the {attribute.Replace('-', ' ')} was {value}");
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
