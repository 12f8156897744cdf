using BriefingKit.Model;

namespace BriefingKit.Analysis;

public enum DiscrepancyKind
{
    /// <summary>Statistics on the same measure, place and period that report different figures or bounds.</summary>
    Figures,

    /// <summary>Claims about the same subject and attribute with different values.</summary>
    Claims,
}

public enum DiscrepancySeverity
{
    /// <summary>Wording or rounding differs, but the figures can all be true at once.</summary>
    Minor,

    /// <summary>The figures or claims cannot all be true, or differ by more than the tolerance.</summary>
    Material,
}

/// <summary>One side of a discrepancy: the fact, how its source words it, and the citations.</summary>
public sealed record DiscrepancyItem(ICited Fact, string Wording, IReadOnlyList<Citation> Citations);

/// <summary>A finding that sources disagree, with every side named and an explanation an analyst can defend.</summary>
public sealed record Discrepancy(
    DiscrepancyKind Kind, DiscrepancySeverity Severity, string Topic, IReadOnlyList<DiscrepancyItem> Items, string Explanation);
