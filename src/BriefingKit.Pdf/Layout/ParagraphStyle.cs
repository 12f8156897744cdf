namespace BriefingKit.Pdf.Layout;

internal enum TextAlign
{
    Left,
    Center,
    Right,
}

/// <summary>Block-level look of a paragraph: base run style, leading, spacing, alignment.</summary>
internal sealed record ParagraphStyle(RunStyle Base, double Leading, double SpaceBefore = 0, double SpaceAfter = 0)
{
    public TextAlign Align { get; init; } = TextAlign.Left;

    /// <summary>Lines kept together at page ends (orphans) and starts (widows).</summary>
    public int MinLinesAtBreak { get; init; } = 2;
}
