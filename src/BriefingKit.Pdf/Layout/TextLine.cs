namespace BriefingKit.Pdf.Layout;

/// <summary>
/// A styled piece of a line at <see cref="X"/> points from the line start. <see cref="Text"/> is always in
/// logical (reading) order; <see cref="RightToLeft"/> says it is drawn right to left (its bidi level is odd).
/// </summary>
internal sealed record LineFragment(double X, double Width, string Text, RunStyle Style, LinkTarget? Link)
{
    public bool RightToLeft { get; init; }
}

/// <summary>
/// One broken line: fragments, natural width, the tallest ascent/descent among its fragments
/// (superscripts included) and the footnote labels whose marks sit on it.
/// </summary>
internal sealed record TextLine(IReadOnlyList<LineFragment> Fragments, double Width, double Ascent, double Descent, IReadOnlyList<string> Notes);
