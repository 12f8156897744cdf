using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BriefingKit.Schema;
using BriefingKit.Schema.Model;

namespace BriefingKit.Generators.Writing;

/// <summary>
/// XML doc lines for catalog members: what the entity is (name, value, wording) and its first citation, so
/// hovering <c>Actors.LopezObrador</c> in an editor shows the sourced fact without opening the YAML.
/// </summary>
internal sealed class MemberDocs
{
    private readonly Dictionary<string, SourceSpec> sources = new(System.StringComparer.Ordinal);

    private MemberDocs(DossierSpec spec)
    {
        foreach (var source in spec.Sources)
        {
            sources[source.Id] = source;
        }
    }

    /// <summary>Doc lines for every entity that gets a member, keyed by id.</summary>
    public static Dictionary<string, EquatableArray<string>> Build(DossierSpec spec)
    {
        var docs = new MemberDocs(spec);
        var result = new Dictionary<string, EquatableArray<string>>(System.StringComparer.Ordinal);
        void Add(string id, string summary, CitationSpec? citation) => result[id] = docs.Lines(summary, citation);

        foreach (var s in spec.Sources)
        {
            Add(s.Id, $"Source {Code(s.Id)}: {X(s.Outlet)}, “{X(s.Title, 160)}” ({s.Published}); reliability {s.Reliability}.", null);
        }

        foreach (var a in spec.Actors)
        {
            var aliases = a.Aliases.Count == 0 ? string.Empty : $" (also {X(string.Join(", ", a.Aliases))})";
            var role = a.Roles.Count == 0 ? string.Empty : $"; {X(a.Roles[a.Roles.Count - 1].Title, 120)}";
            Add(a.Id, $"Actor {Code(a.Id)}: {X(a.Name)}{aliases}{role}.", a.Roles.SelectMany(r => r.Citations).FirstOrDefault());
        }

        foreach (var a in spec.Agencies)
        {
            Add(a.Id, $"Agency {Code(a.Id)}: {X(a.Name)}{(a.Short is null ? string.Empty : $" ({X(a.Short)})")}.", null);
        }

        foreach (var p in spec.Policies)
        {
            var latest = p.Status.OrderBy(s => s.Date).LastOrDefault();
            var status = latest is null ? string.Empty : $"; {Kebab.Of(latest.Status)} as of {latest.Date}";
            Add(p.Id, $"Policy {Code(p.Id)}: {X(p.Name)}{status}.", p.Status.SelectMany(s => s.Citations).FirstOrDefault());
        }

        foreach (var s in spec.Statistics)
        {
            var when = s.Period is { } period ? $" ({period})" : s.AsOf is { } asOf ? $" (as of {asOf})" : string.Empty;
            Add(s.Id, $"Statistic {Code(s.Id)}: {X(s.Description, 160)}: {X(Wording(s))}{when}.", First(s.Citations));
        }

        foreach (var e in spec.Events)
        {
            Add(e.Id, $"Event {Code(e.Id)} ({e.Date}, {X(e.Kind)}): {X(e.Title, 200)}.", First(e.Citations));
        }

        foreach (var s in spec.Statements)
        {
            var words = s.Quote is not null ? $"“{X(s.Quote)}”" : $"(paraphrase) {X(s.Paraphrase ?? string.Empty)}";
            Add(s.Id, $"Statement {Code(s.Id)} by {Code(s.Speaker.Id)}: {words}", First(s.Citations));
        }

        foreach (var c in spec.Claims)
        {
            Add(c.Id, $"Claim {Code(c.Id)}: {Code(c.Subject.Id)} {X(c.Attribute)} = {X(c.Value, 160)}.", First(c.Citations));
        }

        return result;
    }

    /// <summary>The figure as a reader sees it: "more than 191,000 migrants", "as many as 10,000 migrants a day".</summary>
    public static string Wording(StatisticSpec s)
    {
        var bound = s.Bound switch
        {
            Bound.Exact => string.Empty,
            Bound.Approximately => "about ",
            _ => Kebab.Of(s.Bound).Replace('-', ' ') + " ",
        };
        var value = s.Value.ToString(s.Value == decimal.Truncate(s.Value) ? "#,0" : "#,0.##########", CultureInfo.InvariantCulture);
        var unit = s.Unit == "USD" ? string.Empty : " " + s.Unit;
        var per = s.Per is { } p ? " a " + Kebab.Of(p) : string.Empty;
        return $"{bound}{(s.Unit == "USD" ? "$" : string.Empty)}{value}{unit}{per}";
    }

    private EquatableArray<string> Lines(string summary, CitationSpec? citation)
    {
        var lines = new List<string> { "<summary>", summary, "</summary>" };
        if (citation is not null)
        {
            var where = sources.TryGetValue(citation.Source.Id, out var source)
                ? $"{X(source.Outlet)}, “{X(source.Title, 120)}” ({Code(source.Id)})"
                : Code(citation.Source.Id);
            lines.Add("<remarks>");
            lines.Add($"First citation: {where}: “{X(citation.Quote)}”");
            lines.Add("</remarks>");
        }

        return lines.ToEquatableArray();
    }

    private static CitationSpec? First(EquatableArray<CitationSpec> citations) => citations.Count == 0 ? null : citations[0];

    private static string Code(string id) => $"<c>{Text.Xml(id)}</c>";

    private static string X(string text, int max = 240) => Text.Xml(text, max);
}
