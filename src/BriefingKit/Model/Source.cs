using BriefingKit.Schema.Model;

namespace BriefingKit.Model;

/// <summary>A published piece that facts are quoted from, with its Admiralty reliability grade.</summary>
public sealed class Source : IEntity
{
    /// <summary>The source's <c>id</c>, unique across the dossier.</summary>
    public required string Id { get; init; }

    /// <summary>Always <see cref="EntityKind.Source"/>.</summary>
    public EntityKind Kind => EntityKind.Source;

    /// <summary>The outlet and the headline in quotation marks: CBS News, “White House says …”.</summary>
    public string DisplayName => $"{Outlet}, “{Title}”";

    /// <summary>The publisher of the original: "CBS News".</summary>
    public required string Outlet { get; init; }

    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>The authors' names, in dossier order; empty when not given.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Original publication date (never a republisher's date).</summary>
    public required PartialDate Published { get; init; }

    /// <summary>The absolute http(s) URL of the original; null when not given.</summary>
    public Uri? Url { get; init; }

    /// <summary>The Admiralty source reliability grade: A (completely reliable) to E (unreliable), F when it cannot be judged.</summary>
    public required SourceReliability Reliability { get; init; }

    /// <summary>What sort of publication it is (<c>kind</c>); <see cref="SourceKind.News"/> when not given.</summary>
    public SourceKind SourceKind { get; init; } = SourceKind.News;

    /// <summary>The outlet the text was syndicated from (<c>syndicated-from</c>); null for original reporting.</summary>
    public string? SyndicatedFrom { get; init; }

    /// <summary>Outlets and wires the article relays (<c>relays</c>): "AFP", "BBC"; empty when none.</summary>
    public IReadOnlyList<string> Relays { get; init; } = [];

    /// <summary>Where the copy at hand was found, when it is not the original (<c>republished</c>); null otherwise.</summary>
    public Republication? Republished { get; init; }

    /// <summary>The analyst's <c>notes</c>; null when none.</summary>
    public string? Notes { get; init; }

    /// <summary>The source's <see cref="Id"/>.</summary>
    public override string ToString() => Id;
}

/// <summary>Where the copy at hand was found when it is not the original publication.</summary>
/// <param name="By">Who republished it: "WealthTrail Solutions".</param>
/// <param name="Date">The republication date (never used as the source's date); null when not given.</param>
/// <param name="Url">The URL of the copy; null when not given.</param>
/// <param name="Note">The analyst's <c>note</c>; null when none.</param>
public sealed record Republication(string By, PartialDate? Date, Uri? Url, string? Note);

/// <summary>A verbatim quote from a source backing a fact, with its Admiralty information credibility (1–6).</summary>
/// <param name="Source">The source quoted.</param>
/// <param name="Quote">The passage exactly as the source prints it; <c>…</c> marks an elision.</param>
/// <param name="Locator">Where in the source the passage is ("para 17"); null when not given.</param>
/// <param name="Credibility">Admiralty information credibility: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged (the default).</param>
public sealed record Citation(Source Source, string Quote, string? Locator, int Credibility)
{
    /// <summary>Admiralty grade such as "B2": source reliability letter and information credibility digit.</summary>
    public string Grade => $"{Source.Reliability}{Credibility}";
}
