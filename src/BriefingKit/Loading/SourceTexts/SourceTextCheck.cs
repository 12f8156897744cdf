using System.Text.RegularExpressions;
using BriefingKit.Schema;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Model;

namespace BriefingKit.Loading.SourceTexts;

/// <summary>For one source: its stored text (null when it gives none) and how many of its citations were checked against it.</summary>
/// <param name="SourceId">The source's id.</param>
/// <param name="Text">The source's <c>text:</c> path as the dossier gives it; null when it gives none.</param>
/// <param name="Citations">How many citations quote the source.</param>
/// <param name="Verified">How many of those were proved: found verbatim, with any <c>para N</c> locator naming the right paragraphs; 0 without a readable text.</param>
public sealed record SourceTextReport(string SourceId, string? Text, int Citations, int Verified);

/// <summary>
/// Proves every citation quote of a source that gives <c>text:</c> against that stored text (<see cref="QuoteFinder"/>),
/// and a <c>para N</c> locator against the paragraph that holds the quote. The text must lie in the dossier's folder
/// or below it, be UTF-8 and within the file-size limit; anything else is a located BK3012 at the <c>text:</c> value.
/// </summary>
internal static partial class SourceTextCheck
{
    /// <summary>Checks every citation of <paramref name="spec"/> against its source's stored text and adds a located diagnostic to <paramref name="diagnostics"/> for each failure.</summary>
    /// <param name="spec">The dossier as read.</param>
    /// <param name="dossierPath">The dossier file; stored texts are read relative to its folder and may not leave it.</param>
    /// <param name="limits">The file-size limit that applies to each stored text.</param>
    /// <param name="diagnostics">Receives BK3010 (quote not in the text), BK3011 (locator names other paragraphs) and BK3012 (text unreadable).</param>
    /// <returns>One report per source, in dossier order.</returns>
    public static IReadOnlyList<SourceTextReport> Run(DossierSpec spec, string dossierPath, SchemaLimits limits, List<Diagnostic> diagnostics)
    {
        var texts = new Dictionary<string, StoredText?>(StringComparer.Ordinal);
        var folder = Path.GetDirectoryName(Path.GetFullPath(dossierPath))!;
        foreach (var source in spec.Sources)
        {
            if (source.Text is { } path && !texts.ContainsKey(source.Id))
            {
                texts[source.Id] = Load(spec.File, folder, source, path, limits, diagnostics);
            }
        }

        var citations = new Dictionary<string, int>(StringComparer.Ordinal);
        var verified = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var citation in AllCitations(spec))
        {
            var id = citation.Source.Id;
            citations[id] = citations.GetValueOrDefault(id) + 1;
            if (texts.GetValueOrDefault(id) is not { } text)
            {
                continue;
            }

            if (Check(spec.File, id, citation, text, diagnostics))
            {
                verified[id] = verified.GetValueOrDefault(id) + 1;
            }
        }

        return spec.Sources
            .Select(s => new SourceTextReport(s.Id, s.Text, citations.GetValueOrDefault(s.Id), verified.GetValueOrDefault(s.Id)))
            .ToList();
    }

    private static bool Check(string file, string sourceId, CitationSpec citation, StoredText text, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(citation.Quote))
        {
            return false; // already an error of its own (BK2010): nothing to look for
        }

        var wanted = citation.Locator is { } named ? Paragraphs(named) : null;
        var match = QuoteFinder.Find(citation.Quote, text, wanted);
        if (!match.Found)
        {
            diagnostics.Add(Codes.QuoteNotInSourceText.Create(file, citation.QuoteSpan, sourceId, match.Difference));
            return false;
        }

        if (citation.Locator is { } locator && wanted is { } range
            && (match.FirstParagraph < range.First || match.LastParagraph > range.Last))
        {
            var where = match.FirstParagraph == match.LastParagraph ? $"para {match.FirstParagraph}" : $"paras {match.FirstParagraph}–{match.LastParagraph}";
            diagnostics.Add(Codes.LocatorDisagreesWithText.Create(file, citation.LocatorSpan, where, text.Path, locator));
            return false;
        }

        return true;
    }

    /// <summary>The paragraphs a locator names: "para 7", "paras 7–8" (or 7-8); null for any other locator, which is not checked.</summary>
    public static (int First, int Last)? Paragraphs(string locator)
    {
        var m = ParaLocator().Match(locator);
        if (!m.Success)
        {
            return null;
        }

        var first = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var last = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : first;
        return (first, Math.Max(first, last));
    }

    [GeneratedRegex(@"^\s*paras?\.?\s+(\d{1,6})(?:\s*[-–]\s*(\d{1,6}))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ParaLocator();

    private static StoredText? Load(string file, string folder, SourceSpec source, string path, SchemaLimits limits, List<Diagnostic> diagnostics)
    {
        if (SourceTextFile.Read(folder, path, limits, out var text) is { } why)
        {
            diagnostics.Add(Codes.SourceTextNotReadable.Create(file, source.TextSpan, source.Id, path, why));
        }

        return text;
    }

    /// <summary>Every citation in the dossier, in file order by kind of entity.</summary>
    public static IEnumerable<CitationSpec> AllCitations(DossierSpec spec) =>
        spec.Actors.SelectMany(a => a.Roles).SelectMany(r => r.Citations)
            .Concat(spec.Policies.SelectMany(p => p.Status).SelectMany(s => s.Citations))
            .Concat(spec.Statistics.SelectMany(s => s.Citations))
            .Concat(spec.Events.SelectMany(e => e.Citations))
            .Concat(spec.Statements.SelectMany(s => s.Citations))
            .Concat(spec.Relationships.SelectMany(r => r.Citations))
            .Concat(spec.Claims.SelectMany(c => c.Citations));
}
