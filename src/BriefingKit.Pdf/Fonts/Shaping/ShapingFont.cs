namespace BriefingKit.Pdf.Fonts.Shaping;

/// <summary>
/// A font file that text is shaped in during one render: a fallback (Noto, the CJK font) or a DejaVu file
/// asked to shape a script it covers. Shaping results are cached by text and direction, as the same words
/// are measured when lines are broken and shaped again when they are painted.
/// </summary>
internal sealed class ShapingFont(LoadedFont font, string origin, string fileName)
{
    readonly Dictionary<(string Text, bool? Rtl), ShapedRun> _runs = [];

    public LoadedFont Font { get; } = font;

    /// <summary>Where the file was found (a path), for the layout dump and diagnostics.</summary>
    public string Origin { get; } = origin;

    /// <summary>The file name without extension, as the layout dump shows the face.</summary>
    public string Name { get; } = Path.GetFileNameWithoutExtension(fileName);

    public int UnitsPerEm => Font.Shaping.UnitsPerEm;

    public ShapedRun Shape(string text, bool? rightToLeft)
    {
        if (!_runs.TryGetValue((text, rightToLeft), out var run))
        {
            run = Font.Shaping.Shape(text, rightToLeft);
            _runs.Add((text, rightToLeft), run);
        }

        return run;
    }

    /// <summary>The advance of <paramref name="text"/> shaped in its script's direction, in points at <paramref name="size"/>.</summary>
    public double Width(string text, double size) => Shape(text, null).Width * size / UnitsPerEm;
}
