using System.Linq;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Model;
using BriefingKit.Schema.Yaml;

namespace BriefingKit.Schema.Reading;

/// <summary>
/// Maps a located YAML tree onto <see cref="DossierSpec"/>, reporting every structural problem it meets
/// and carrying on, so one pass finds them all. One partial file per entity kind.
/// </summary>
internal sealed partial class DossierSpecReader
{
    private readonly ReadContext context;

    public DossierSpecReader(ReadContext context) => this.context = context;

    public DossierSpec? Read(YamlNode root)
    {
        if (root is not YamlMapping map)
        {
            context.Report(Codes.RootNotMapping, root.Span, root.KindName);
            return null;
        }

        var top = new MapReader(map, context, "the dossier file");
        var metadata = ReadMetadata(top);
        var sources = top.Mappings("sources", required: true).Select(ReadSource).ToEquatableArray();
        var actors = top.Mappings("actors").Select(ReadActor).ToEquatableArray();
        var agencies = top.Mappings("agencies").Select(ReadAgency).ToEquatableArray();
        var policies = top.Mappings("policies").Select(ReadPolicy).ToEquatableArray();
        var statistics = top.Mappings("statistics").Select(ReadStatistic).ToEquatableArray();
        var events = top.Mappings("events").Select(ReadEvent).ToEquatableArray();
        var statements = top.Mappings("statements").Select(ReadStatement).ToEquatableArray();
        var relationships = top.Mappings("relationships").Select(ReadRelationship).ToEquatableArray();
        var claims = top.Mappings("claims").Select(ReadClaim).ToEquatableArray();
        top.Finish();
        if (context.LimitExceeded)
        {
            return null;
        }

        return new DossierSpec(context.File, metadata, sources, actors, agencies, policies, statistics, events, statements, relationships, claims);
    }

    private MetadataSpec ReadMetadata(MapReader top)
    {
        var node = top.Node("dossier");
        if (node is not YamlMapping map)
        {
            if (node is null)
            {
                context.Report(Codes.MissingField, top.Span, "the dossier file", "dossier");
            }
            else
            {
                context.Report(Codes.WrongType, node.Span, "dossier", "a mapping", node.KindName);
            }

            return new MetadataSpec(string.Empty, top.Span, string.Empty, null, default, string.Empty, null, null, null, EquatableArray<KeyJudgmentSpec>.Empty, EquatableArray<string>.Empty);
        }

        var r = new MapReader(map, context, "'dossier'");
        var metadata = new MetadataSpec(
            r.Id(),
            r.Span,
            r.Required("title"),
            r.Text("subtitle"),
            r.Date("as-of", required: true) ?? default,
            r.Required("marking"),
            r.Text("audience"),
            r.Text("author"),
            r.Text("summary"),
            r.Mappings("key-judgments").Select(ReadKeyJudgment).ToEquatableArray(),
            r.Strings("tags"));
        r.Finish();
        return metadata;
    }

    private KeyJudgmentSpec ReadKeyJudgment(YamlMapping map)
    {
        var r = new MapReader(map, context, "key judgment");
        var judgment = new KeyJudgmentSpec(
            r.Required("text"),
            r.Choice<Confidence>("confidence", "confidence", required: true) ?? Confidence.Low,
            r.Refs("based-on"),
            r.Span);
        r.Finish();
        return judgment;
    }

    /// <summary>Reads a fact's <c>citations</c>; a fact without any is reported as such (BK3004).</summary>
    private EquatableArray<CitationSpec> ReadCitations(MapReader owner, bool required = true)
    {
        var node = owner.Node("citations");
        var items = owner.Mappings("citations");
        if (required && items.Count == 0 && (node is null || node is YamlSequence))
        {
            context.Report(Codes.NoCitations, owner.Span, owner.Description);
        }

        return items.Select(ReadCitation).ToEquatableArray();
    }

    private CitationSpec ReadCitation(YamlMapping map)
    {
        var r = new MapReader(map, context, "citation");
        var source = r.Ref("source", required: true) ?? new RefSpec(string.Empty, r.Span);
        var quoteNode = r.Node("quote");
        var quote = r.Text("quote");
        if (quote is null && quoteNode is null && !HasKey(map, "quote"))
        {
            context.Report(Codes.MissingField, r.Span, "citation", "quote");
        }
        else if (quote is null || quote.Trim().Length == 0)
        {
            context.Report(Codes.EmptyQuote, quoteNode?.Span ?? KeySpan(map, "quote") ?? r.Span);
        }

        var citation = new CitationSpec(source, quote ?? string.Empty, r.Text("locator"), r.Integer("credibility", 1, 6) ?? 6, r.Span);
        r.Finish();
        return citation;
    }

    private static bool HasKey(YamlMapping map, string key) => map.EntryArray.Any(e => e.Key == key);

    private static TextSpan? KeySpan(YamlMapping map, string key) =>
        map.EntryArray.Where(e => e.Key == key).Select(e => (TextSpan?)e.Value.Span).FirstOrDefault();

    private static string Describe(string kind, string id) => id.Length == 0 ? kind : $"{kind} '{id}'";
}
