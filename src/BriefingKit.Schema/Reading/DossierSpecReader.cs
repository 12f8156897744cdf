using System;
using System.Collections.Generic;
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
    // Made once: a method group converts to a new delegate at every use, and every fact reads its citations.
    private readonly Func<YamlMapping, CitationSpec> readCitation;

    public DossierSpecReader(ReadContext context)
    {
        this.context = context;
        readCitation = ReadCitation;
    }

    public DossierSpec? Read(YamlNode root)
    {
        if (root is not YamlMapping map)
        {
            context.Report(Codes.RootNotMapping, root.Span, root.KindName);
            return null;
        }

        var top = new MapReader(map, context, "the dossier file");
        var metadata = ReadMetadata(top);
        var sources = ReadEach(top.Mappings("sources", required: true), ReadSource);
        var actors = ReadEach(top.Mappings("actors"), ReadActor);
        var agencies = ReadEach(top.Mappings("agencies"), ReadAgency);
        var policies = ReadEach(top.Mappings("policies"), ReadPolicy);
        var statistics = ReadEach(top.Mappings("statistics"), ReadStatistic);
        var events = ReadEach(top.Mappings("events"), ReadEvent);
        var statements = ReadEach(top.Mappings("statements"), ReadStatement);
        var relationships = ReadEach(top.Mappings("relationships"), ReadRelationship);
        var claims = ReadEach(top.Mappings("claims"), ReadClaim);
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

            return new MetadataSpec(string.Empty, top.Span, string.Empty, null, default, string.Empty, null, null, null, null, EquatableArray<KeyJudgmentSpec>.Empty, EquatableArray<string>.Empty);
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
            r.Text("bottom-line"),
            ReadEach(r.Mappings("key-judgments"), ReadKeyJudgment),
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

        return ReadEach(items, readCitation);
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

        var citation = new CitationSpec(
            source, quote ?? string.Empty, r.Text("locator"), r.Integer("credibility", 1, 6) ?? 6, r.Span,
            quoteNode?.Span ?? r.Span, r.Node("locator")?.Span ?? r.Span);
        r.Finish();
        return citation;
    }

    /// <summary>Reads each mapping into an exact-size array, in order, without LINQ's iterators and copies.</summary>
    private static EquatableArray<T> ReadEach<T>(IReadOnlyList<YamlMapping> maps, Func<YamlMapping, T> read)
    {
        var results = maps.Count == 0 ? Array.Empty<T>() : new T[maps.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = read(maps[i]);
        }

        return EquatableArray<T>.Own(results);
    }

    private static bool HasKey(YamlMapping map, string key) => map.EntryArray.Any(e => e.Key == key);

    private static TextSpan? KeySpan(YamlMapping map, string key) =>
        map.EntryArray.Where(e => e.Key == key).Select(e => (TextSpan?)e.Value.Span).FirstOrDefault();

    private static string Describe(string kind, string id) => id.Length == 0 ? kind : $"{kind} '{id}'";
}
