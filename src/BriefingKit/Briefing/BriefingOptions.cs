using BriefingKit.Analysis;
using BriefingKit.Schema.Model;

namespace BriefingKit.Briefing;

/// <summary>Everything that shapes a briefing besides the dossier itself. Unset values fall back to the dossier's.</summary>
public sealed record BriefingOptions
{
    public string? Title { get; init; }

    public string? Subtitle { get; init; }

    public string? Audience { get; init; }

    public string? Marking { get; init; }

    public string? Author { get; init; }

    public PartialDate? AsOf { get; init; }

    public IReadOnlyList<BriefingSection> Sections { get; init; } = BriefingSections.All;

    public BriefingFilter Filter { get; init; } = BriefingFilter.None;

    public DiscrepancyOptions Discrepancies { get; init; } = DiscrepancyOptions.Default;
}
