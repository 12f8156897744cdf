using System.Linq;
using BriefingKit.Schema.Model;
using BriefingKit.Schema.Yaml;

namespace BriefingKit.Schema.Reading;

/// <summary>Sources, actors and agencies: who reports, who acts, who they work for.</summary>
internal sealed partial class DossierSpecReader
{
    private SourceSpec ReadSource(YamlMapping map)
    {
        var r = new MapReader(map, context, "source");
        var id = r.Id();
        r.Description = Describe("source", id);
        var source = new SourceSpec(
            id,
            r.Span,
            r.Required("outlet"),
            r.Required("title"),
            r.Strings("authors"),
            r.Date("published", required: true) ?? default,
            r.Url("url"),
            r.Choice<SourceReliability>("reliability", "reliability grade (Admiralty A–F)", required: true) ?? SourceReliability.F,
            r.Choice<SourceKind>("kind", "source kind") ?? SourceKind.News,
            r.Text("syndicated-from"),
            r.Strings("relays"),
            ReadRepublication(r),
            r.Text("notes"),
            r.Text("text"),
            r.Node("text")?.Span ?? default);
        r.Finish();
        return source;
    }

    private RepublicationSpec? ReadRepublication(MapReader owner)
    {
        var node = owner.Node("republished");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping map)
        {
            context.Report(Diagnostics.Codes.WrongType, node.Span, "republished", "a mapping", node.KindName);
            return null;
        }

        var r = new MapReader(map, context, "'republished'");
        var republication = new RepublicationSpec(r.Required("by"), r.Date("date"), r.Url("url"), r.Text("note"));
        r.Finish();
        return republication;
    }

    private ActorSpec ReadActor(YamlMapping map)
    {
        var r = new MapReader(map, context, "actor");
        var id = r.Id();
        r.Description = Describe("actor", id);
        var anonymous = r.Bool("anonymous") ?? false;
        var affiliation = r.Ref("affiliation");
        if (anonymous && affiliation is null)
        {
            context.Report(Diagnostics.Codes.MissingField, r.Span, $"anonymous {r.Description}", "affiliation");
        }

        var actor = new ActorSpec(
            id,
            r.Span,
            r.Required("name"),
            r.Strings("aliases"),
            anonymous,
            affiliation,
            r.Country(),
            ReadEach(r.Mappings("roles"), ReadRole),
            r.Strings("tags"),
            r.Text("notes"));
        r.Finish();
        return actor;
    }

    private RoleSpec ReadRole(YamlMapping map)
    {
        var r = new MapReader(map, context, "role");
        var from = r.Date("from");
        var to = r.Date("to");
        if (from is { } f && to is { } t && f.Start > t.End)
        {
            context.Report(Diagnostics.Codes.ReversedRange, r.Span, f.ToString(), t.ToString());
        }

        var role = new RoleSpec(r.Required("title"), r.Ref("agency"), r.Country(), from, to, ReadCitations(r, required: false));
        r.Finish();
        return role;
    }

    private AgencySpec ReadAgency(YamlMapping map)
    {
        var r = new MapReader(map, context, "agency");
        var id = r.Id();
        r.Description = Describe("agency", id);
        var agency = new AgencySpec(
            id,
            r.Span,
            r.Required("name"),
            r.Text("short"),
            r.Choice<AgencyKind>("kind", "agency kind") ?? AgencyKind.Government,
            r.Country(),
            r.Ref("parent"),
            r.Strings("tags"),
            r.Text("notes"));
        r.Finish();
        return agency;
    }
}
