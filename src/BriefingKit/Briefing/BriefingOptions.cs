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

    /// <summary>The shape of the briefing: <see cref="BriefingPreset.Brief"/> unless chosen.</summary>
    public BriefingPreset Preset { get; init; }

    /// <summary>The sections to show, in order; null for the preset's own (<see cref="BriefingPresets.Sections"/>).</summary>
    public IReadOnlyList<BriefingSection>? Sections { get; init; }

    /// <summary>The sections the briefing shows, in order.</summary>
    public IReadOnlyList<BriefingSection> EffectiveSections => Sections ?? BriefingPresets.Sections(Preset);

    public BriefingFilter Filter { get; init; } = BriefingFilter.None;

    public DiscrepancyOptions Discrepancies { get; init; } = DiscrepancyOptions.Default;
}
