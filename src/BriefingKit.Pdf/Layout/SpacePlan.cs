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
    public static SpacePlan Full(Element element, double height, IReadOnlyList<string> notes) =>
        new(SpacePlanKind.Full, height, element, null, notes, null);

    public static SpacePlan Partial(Element head, Element remainder, double height, IReadOnlyList<string> notes) =>
        new(SpacePlanKind.Partial, height, head, remainder, notes, null);

    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, 0, null, null, [], reason);

    public bool IsWrap => Kind == SpacePlanKind.Wrap;
}
