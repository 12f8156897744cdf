using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Pdf.Layout;

/// <summary>
/// A block of the layout. Elements are immutable: <see cref="Measure"/> says how much fits in the
/// space left (never drawing), <see cref="Arrange"/> places a fitting element into the page's display
/// list (positions only), and the painter later draws the display list with PDFsharp.
/// </summary>
internal abstract class Element
{
    /// <summary>Where in the Markdown this block starts, for diagnostics.</summary>
    public TextSpan Source { get; init; } = TextSpan.FileStart;

    public virtual double SpaceBefore => 0;

    public virtual double SpaceAfter => 0;

    /// <summary>Measures against <paramref name="width"/> × <paramref name="height"/> points.</summary>
    public abstract SpacePlan Measure(LayoutContext context, double width, double height);

    /// <summary>Places this element, which must fit entirely, at (x, y); returns the height used.</summary>
    public abstract double Arrange(LayoutContext context, DisplaySink sink, double x, double y, double width);

    /// <summary>
    /// The element left after dropping the smallest leading unit (a line, a row) that cannot be placed
    /// anywhere, or null when nothing is left. Guarantees the paginator always makes progress.
    /// </summary>
    public virtual Element? DropFirstUnit() => null;

    /// <summary>A short human description used in diagnostics ("paragraph at line 12").</summary>
    public abstract string Describe();

    protected string At => $"at line {Source.Line}";

    /// <summary>User text as a diagnostic quotes it: at most 80 characters, cut with '…' (a 5,000-character word is not echoed).</summary>
    public static string Quote(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 79), "…");
}
