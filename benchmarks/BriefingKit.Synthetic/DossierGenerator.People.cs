namespace BriefingKit.Synthetic;

/// <summary>Sources, agencies (a hierarchy per country) and actors (named, with roles and aliases, or anonymous).</summary>
internal sealed partial class DossierGenerator
{
    private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase); // actor names and aliases: never ambiguous

    private void WriteSources()
    {
        body.Open(0, "sources");
        for (var i = 0; i < counts.Sources; i++)
        {
            var (outlet, kind) = Vocabulary.Outlets[i % Vocabulary.Outlets.Length];
            var published = RandomDay();
            var id = NewId($"{outlet}-{Iso(published)}");
            sources.Add(id);
            body.BeginItem();
            body.Plain(4, "id", id);
            body.Text(4, "outlet", outlet);
            body.Text(4, "title", $"{random.Pick(Vocabulary.Levers)} back in focus as {random.Pick(Vocabulary.QuoteMiddles)} dominates talks in {random.Pick(Vocabulary.Places)}");
            if (kind is "news" or "wire")
            {
                body.List(4, "authors", [$"{random.Pick(Vocabulary.FirstNames)} {random.Pick(Vocabulary.LastNames)}"], quote: true);
            }

            body.Plain(4, "published", random.Chance(0.9) ? Iso(published) : Month(published));
            body.Text(4, "url", $"https://news.example.org/{Slug(outlet)}/{published.Year}/{id}");
            body.Plain(4, "reliability", random.Pick(["A", "B", "B", "B", "C", "C", "D", "F"]));
            body.Plain(4, "kind", kind);
            if (random.Chance(0.25))
            {
                body.List(4, "relays", random.PickDistinct(Vocabulary.Wires, random.Next(1, 4)), quote: true);
            }

            if (random.Chance(0.1))
            {
                body.Open(4, "republished");
                body.Text(6, "by", "Aggregator copy (unrelated site)");
                body.Plain(6, "date", Iso(AsOf));
                body.Text(6, "note", "Verbatim copy carrying a later date; the original date is trusted.");
            }

            if (textRandom is not null)
            {
                body.Text(4, "text", TextPath(id));
            }
        }

        body.Blank();
    }

    private void WriteAgencies()
    {
        body.Open(0, "agencies");
        var roots = Math.Min(Vocabulary.Countries.Length, Math.Max(2, counts.Agencies / 4));
        var depth = new List<int>();
        var agencyNames = new HashSet<string>(StringComparer.Ordinal);
        var parents = new Dictionary<string, List<int>>(StringComparer.Ordinal); // per country: agencies that may take children
        for (var i = 0; i < counts.Agencies; i++)
        {
            string name, kind, country;
            string? shortName = null;
            Party? parent = null;
            if (i < roots)
            {
                var c = Vocabulary.Countries[i];
                (name, kind, country) = ($"Government of {(c.Code == "US" ? "the United States" : c.Capital + " (" + c.Code + ")")}", "government", c.Code);
                depth.Add(0);
            }
            else
            {
                // Countries take turns, so each keeps the same share at every size (a filter by country selects
                // the same fraction of a small and a large dossier). Parents are earlier agencies of that country,
                // two levels deep at most: no cycles by construction.
                country = Vocabulary.Countries[i % roots].Code;
                var p = random.Pick(parents[country]);
                parent = agencies[p];
                var adjective = Vocabulary.Countries.First(c => c.Code == country).Adjective;
                if (depth[p] == 0)
                {
                    var department = random.Pick(Vocabulary.Departments);
                    (name, kind, shortName) = ($"{adjective} {department.Name}", department.Kind, department.Short);
                }
                else
                {
                    (name, kind) = ($"{random.Pick(Vocabulary.OfficeUnits)}, {parent.Display}", "office");
                }

                depth.Add(depth[p] + 1);
            }

            for (var n = 2; !agencyNames.Add(name); n++)
            {
                name = $"{name.Split(" No. ")[0]} No. {n}";
            }

            if (depth[i] < 2)
            {
                (parents.TryGetValue(country, out var list) ? list : parents[country] = []).Add(i);
            }

            var id = NewId(name.Replace("Government of ", "gov ", StringComparison.Ordinal));
            var party = new Party(id, name, country, IsAgency: true, Anonymous: false, shortName ?? name);
            agencies.Add(party);
            parties.Add(party);
            body.BeginItem();
            body.Plain(4, "id", id);
            body.Text(4, "name", name);
            body.Text(4, "short", shortName);
            body.Plain(4, "kind", kind);
            body.Plain(4, "country", country);
            body.Plain(4, "parent", parent?.Id);
        }

        body.Blank();
    }

    private void WriteActors()
    {
        body.Open(0, "actors");
        for (var i = 0; i < counts.Actors; i++)
        {
            body.BeginItem();
            if (random.Chance(0.1))
            {
                WriteAnonymousActor(i);
            }
            else
            {
                WriteNamedActor();
            }
        }

        body.Blank();
    }

    private void WriteAnonymousActor(int index)
    {
        var agency = random.Pick(agencies);
        var id = NewId($"official-{index}-{agency.Short}");
        var party = new Party(id, $"Senior official, {agency.Display}", agency.Country, IsAgency: false, Anonymous: true, "the official");
        actors.Add(party);
        parties.Add(party);
        body.Plain(4, "id", id);
        body.Text(4, "name", party.Display + $" (source {index})");
        body.Plain(4, "anonymous", "true");
        body.Plain(4, "affiliation", agency.Id);
    }

    private void WriteNamedActor()
    {
        var first = random.Pick(Vocabulary.FirstNames);
        var last = random.Pick(Vocabulary.LastNames);
        var name = $"{first} {last}";
        for (var n = 0; names.Contains(name); n++)
        {
            name = n < 26 ? $"{first} {(char)('A' + n)}. {last}" : $"{first} {last} {n - 24}";
        }

        names.Add(name);
        var id = NewId(name);
        var agency = random.Pick(agencies);
        var title = random.Pick(Vocabulary.Titles);
        var party = new Party(id, name, agency.Country, IsAgency: false, Anonymous: false, last);
        actors.Add(party);
        parties.Add(party);

        body.Plain(4, "id", id);
        body.Text(4, "name", name);
        var aliases = new List<string>();
        foreach (var alias in new[] { Fold(name), $"{title} {last}" })
        {
            if (alias != name && random.Chance(0.5) && names.Add(alias))
            {
                aliases.Add(alias);
            }
        }

        body.List(4, "aliases", aliases, quote: true);
        body.Plain(4, "country", agency.Country);
        body.Open(4, "roles");
        var from = RandomDay().AddYears(-random.Next(0, 4));
        if (random.Chance(0.3))
        {
            var earlier = random.Pick(agencies);
            body.BeginItem();
            body.Text(8, "title", random.Pick(Vocabulary.Titles));
            body.Plain(8, "agency", earlier.Id);
            body.Plain(8, "country", earlier.Country);
            body.Plain(8, "from", Iso(from.AddYears(-3)));
            body.Plain(8, "to", Iso(from.AddDays(-1)));
        }

        body.BeginItem();
        body.Text(8, "title", title);
        body.Plain(8, "agency", agency.Id);
        body.Plain(8, "country", agency.Country);
        body.Plain(8, "from", Iso(from));
        if (random.Chance(0.4))
        {
            Citations(8, $"{agency.Display} {title.ToLowerInvariant()} {name}");
        }

        if (random.Chance(0.2))
        {
            body.Text(4, "notes", $"Also reported as {Fold(last)} in wire copy.");
        }
    }
}
