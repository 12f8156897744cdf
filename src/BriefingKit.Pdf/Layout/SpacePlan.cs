namespace BriefingKit.Pdf.Layout;

/// <summary>The three answers an element gives when measured against the space left on a page.</summary>
internal enum SpacePlanKind
{
    /// <summary>All of it fits.</summary>
    Full,

    /// <summary>Some fits (<see cref="SpacePlan.Head"/>); the rest (<see cref="SpacePlan.Remainder"/>) goes on.</summary>
    Partial,

    /// <summary>Nothing useful fits; move to the next page. <see cref="SpacePlan.Reason"/> says why.</summary>
    Wrap,
}

/// <summary>
/// The result of measuring (after QuestPDF's <c>SpacePlan</c>). Elements are immutable, so a partial
/// plan carries the head to arrange now and the remainder to measure on the next page, plus the
/// footnote labels cited in the head, which must go to the bottom of this page.
/// </summary>
internal readonly record struct SpacePlan(
    SpacePlanKind Kind,
    double Height,
    Element? Head,
    Element? Remainder,
    IReadOnlyList<string> Notes,
    string? Reason)
{
    /// <summary>All of <paramref name="element"/> fits; <paramref name="notes"/> may be null for none.</summary>
    public static SpacePlan Full(Element element, double height, IReadOnlyList<string>? notes) =>
        new(SpacePlanKind.Full, height, element, null, notes ?? [], null);

    /// <summary>The head fits, the remainder goes on; <paramref name="notes"/> may be null for none.</summary>
    public static SpacePlan Partial(Element head, Element remainder, double height, IReadOnlyList<string>? notes) =>
        new(SpacePlanKind.Partial, height, head, remainder, notes ?? [], null);

    /// <summary>Both lists of labels in order, without copying when one is empty.</summary>
    public static IReadOnlyList<string> Join(IReadOnlyList<string> first, IReadOnlyList<string> second) =>
        second.Count == 0 ? first : first.Count == 0 ? second : [.. first, .. second];

    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, 0, null, null, [], reason);

    public bool IsWrap => Kind == SpacePlanKind.Wrap;
}
