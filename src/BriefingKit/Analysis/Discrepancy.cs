using BriefingKit.Model;

namespace BriefingKit.Analysis;

/// <summary>What sources disagree about.</summary>
public enum DiscrepancyKind
{
    /// <summary>Statistics on the same measure, place and period that report different figures or bounds.</summary>
    Figures,

    /// <summary>Claims about the same subject and attribute with different values.</summary>
    Claims,
}

/// <summary>How much a disagreement between sources matters to the reader.</summary>
public enum DiscrepancySeverity
{
    /// <summary>Wording or rounding differs, but the figures can all be true at once.</summary>
    Minor,

    /// <summary>The figures or claims cannot all be true, or differ by more than the tolerance.</summary>
    Material,
}

/// <summary>One side of a discrepancy: the fact, how its source words it, and the citations.</summary>
/// <param name="Fact">The <see cref="Statistic"/> or <see cref="Claim"/> on this side.</param>
/// <param name="Wording">The statistic's <see cref="Statistic.Wording"/> or the claim's value.</param>
/// <param name="Citations">The fact's citations.</param>
public sealed record DiscrepancyItem(ICited Fact, string Wording, IReadOnlyList<Citation> Citations);

/// <summary>A finding that sources disagree, with every side named and an explanation an analyst can defend.</summary>
/// <param name="Kind">Whether figures or claims disagree.</param>
/// <param name="Severity">Whether the difference is minor or material; claims that differ are always material.</param>
/// <param name="Topic">What is disputed: "Border Patrol apprehensions (US Mexico Border, Nov 2023)", or a claim's subject and attribute.</param>
/// <param name="Items">Every side, in dossier order.</param>
/// <param name="Explanation">Whether all sides can be true at once, how far apart they are, and what may account for the gap.</param>
public sealed record Discrepancy(
    DiscrepancyKind Kind, DiscrepancySeverity Severity, string Topic, IReadOnlyList<DiscrepancyItem> Items, string Explanation);
