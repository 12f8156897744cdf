using BriefingKit.Analysis;
using BriefingKit.Schema.Model;

namespace BriefingKit.Briefing;

/// <summary>Everything that shapes a briefing besides the dossier itself. Unset values fall back to the dossier's.</summary>
public sealed record BriefingOptions
{
    /// <summary>The title to print; null for the dossier's <c>title</c>.</summary>
    public string? Title { get; init; }

    /// <summary>The subtitle to print; null for the dossier's <c>subtitle</c>.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The audience line; null for the dossier's <c>audience</c>.</summary>
    public string? Audience { get; init; }

    /// <summary>The handling marking; null for the dossier's <c>marking</c>.</summary>
    public string? Marking { get; init; }

    /// <summary>The analyst or team; null for the dossier's <c>author</c>.</summary>
    public string? Author { get; init; }

    /// <summary>The briefing date, at which roles and policy statuses are read; null for the dossier's <c>as-of</c>.</summary>
    public PartialDate? AsOf { get; init; }

    /// <summary>The shape of the briefing: <see cref="BriefingPreset.Brief"/> unless chosen.</summary>
    public BriefingPreset Preset { get; init; }

    /// <summary>The sections to show, in order; null for the preset's own (<see cref="BriefingPresets.Sections"/>).</summary>
    public IReadOnlyList<BriefingSection>? Sections { get; init; }

    /// <summary>The sections the briefing shows, in order.</summary>
    public IReadOnlyList<BriefingSection> EffectiveSections => Sections ?? BriefingPresets.Sections(Preset);

    /// <summary>What the briefing covers; <see cref="BriefingFilter.None"/> keeps everything.</summary>
    public BriefingFilter Filter { get; init; } = BriefingFilter.None;

    /// <summary>How figures are compared when looking for disagreements between sources.</summary>
    public DiscrepancyOptions Discrepancies { get; init; } = DiscrepancyOptions.Default;
}
