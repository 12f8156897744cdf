using BriefingKit.Schema.Model;

namespace BriefingKit.Model;

/// <summary>A published piece that facts are quoted from, with its Admiralty reliability grade.</summary>
public sealed class Source : IEntity
{
    public required string Id { get; init; }

    public EntityKind Kind => EntityKind.Source;

    public string DisplayName => $"{Outlet}, “{Title}”";

    public required string Outlet { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Original publication date (never a republisher's date).</summary>
    public required PartialDate Published { get; init; }

    public Uri? Url { get; init; }

    public required SourceReliability Reliability { get; init; }

    public SourceKind SourceKind { get; init; } = SourceKind.News;

    public string? SyndicatedFrom { get; init; }

    public IReadOnlyList<string> Relays { get; init; } = [];

    public Republication? Republished { get; init; }

    public string? Notes { get; init; }

    public override string ToString() => Id;
}

/// <summary>Where the copy at hand was found when it is not the original publication.</summary>
public sealed record Republication(string By, PartialDate? Date, Uri? Url, string? Note);

/// <summary>A verbatim quote from a source backing a fact, with its Admiralty information credibility (1–6).</summary>
public sealed record Citation(Source Source, string Quote, string? Locator, int Credibility)
{
    /// <summary>Admiralty grade such as "B2": source reliability letter and information credibility digit.</summary>
    public string Grade => $"{Source.Reliability}{Credibility}";
}
