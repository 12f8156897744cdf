using System.Linq;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Model;
using BriefingKit.Schema.Yaml;

namespace BriefingKit.Schema.Reading;

/// <summary>Policies, statistics, events, statements, relationships and claims: the sourced facts.</summary>
internal sealed partial class DossierSpecReader
{
    private PolicySpec ReadPolicy(YamlMapping map)
    {
        var r = new MapReader(map, context, "policy");
        var id = r.Id();
        r.Description = Describe("policy", id);
        var policy = new PolicySpec(
            id,
            r.Span,
            r.Required("name"),
            r.Text("description"),
            r.Ref("owner"),
            r.Country(),
            r.Refs("advocates"),
            r.Refs("critics"),
            ReadEach(r.Mappings("status", required: true), m => ReadPolicyStatus(m, r.Description)),
            r.Strings("tags"));
        r.Finish();
        return policy;
    }

    private PolicyStatusSpec ReadPolicyStatus(YamlMapping map, string policy)
    {
        var r = new MapReader(map, context, $"status of {policy}");
        var status = new PolicyStatusSpec(
            r.Date("date", required: true) ?? default,
            r.Choice<PolicyStatusKind>("status", "policy status", required: true) ?? PolicyStatusKind.Discussed,
            r.Text("note"),
            ReadCitations(r),
            r.Span);
        r.Finish();
        return status;
    }

    private StatisticSpec ReadStatistic(YamlMapping map)
    {
        var r = new MapReader(map, context, "statistic");
        var id = r.Id();
        r.Description = Describe("statistic", id);
        var measure = r.Id("measure");
        var description = r.Required("description");
        var value = r.Number("value", required: true) ?? 0m;
        var unit = r.Required("unit");
        var bound = r.Choice<Bound>("bound", "bound") ?? Bound.Exact;
        var per = r.Choice<RatePer>("per", "rate period");
        var period = r.Period("period");
        var asOf = r.Date("as-of");
        if (period is null && asOf is null && r.Node("period") is null && r.Node("as-of") is null)
        {
            context.Report(Codes.MissingField, r.Span, r.Description, "period' or 'as-of");
        }

        var statistic = new StatisticSpec(
            id, r.Span, measure, description, value, unit, bound, per, period, asOf,
            r.Id("geography"), r.Ref("reported-by"), ReadCitations(r), r.Strings("tags"), r.Text("notes"));
        r.Finish();
        return statistic;
    }

    private EventSpec ReadEvent(YamlMapping map)
    {
        var r = new MapReader(map, context, "event");
        var id = r.Id();
        r.Description = Describe("event", id);
        var @event = new EventSpec(
            id,
            r.Span,
            r.Date("date", required: true) ?? default,
            r.Id("kind"),
            r.Required("title"),
            r.Refs("participants"),
            r.Text("place"),
            r.Text("outcome"),
            ReadCitations(r),
            r.Strings("tags"));
        r.Finish();
        return @event;
    }

    private StatementSpec ReadStatement(YamlMapping map)
    {
        var r = new MapReader(map, context, "statement");
        var id = r.Id();
        r.Description = Describe("statement", id);
        var speaker = r.Ref("speaker", required: true) ?? new RefSpec(string.Empty, r.Span);
        var date = r.Date("date");
        var quote = r.Text("quote");
        var paraphrase = r.Text("paraphrase");
        if (string.IsNullOrWhiteSpace(quote) && string.IsNullOrWhiteSpace(paraphrase))
        {
            context.Report(Codes.MissingField, r.Span, r.Description, "quote' or 'paraphrase");
        }

        var statement = new StatementSpec(
            id, r.Span, speaker, date, quote, paraphrase, r.Choice<StatementMedium>("medium", "medium"), r.Text("via"),
            r.Refs("about"), ReadCitations(r), r.Strings("tags"));
        r.Finish();
        return statement;
    }

    private RelationshipSpec ReadRelationship(YamlMapping map)
    {
        var r = new MapReader(map, context, "relationship");
        var id = r.Node("id") is null ? null : r.Id();
        var from = r.Ref("from", required: true) ?? new RefSpec(string.Empty, r.Span);
        var to = r.Ref("to", required: true) ?? new RefSpec(string.Empty, r.Span);
        r.Description = id is null ? $"relationship {from.Id} → {to.Id}" : Describe("relationship", id);
        var relationship = new RelationshipSpec(
            id,
            r.Span,
            from,
            to,
            r.Choice<RelationshipType>("type", "relationship type", required: true) ?? RelationshipType.MetWith,
            r.Date("date"),
            r.Text("note"),
            ReadCitations(r));
        r.Finish();
        return relationship;
    }

    private ClaimSpec ReadClaim(YamlMapping map)
    {
        var r = new MapReader(map, context, "claim");
        var id = r.Id();
        r.Description = Describe("claim", id);
        var claim = new ClaimSpec(
            id,
            r.Span,
            r.Ref("subject", required: true) ?? new RefSpec(string.Empty, r.Span),
            r.Id("attribute"),
            r.Required("value"),
            r.Text("note"),
            ReadCitations(r));
        r.Finish();
        return claim;
    }
}
