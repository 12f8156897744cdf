using System.Globalization;
using BriefingKit.Pdf.Fonts;

namespace BriefingKit.Pdf.Layout;

/// <summary>An sRGB colour; kept free of PDFsharp types so layout can be tested and dumped on its own.</summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb Black { get; } = new(0, 0, 0);

    public static Rgb Hex(uint rgb) => new((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{R:X2}{G:X2}{B:X2}");
}

/// <summary>How a run of text looks. <see cref="Size"/> is the nominal size; superscripts shrink and rise.</summary>
internal sealed record RunStyle(FontFace Face, double Size, Rgb Color)
{
    public bool Superscript { get; init; }

    public bool Strike { get; init; }

    public Rgb? Background { get; init; }

    public double EffectiveSize => Superscript ? Size * 0.68 : Size;

    /// <summary>Baseline shift upwards, in points.</summary>
    public double Rise => Superscript ? Size * 0.36 : 0;

    public RunStyle With(bool? bold = null, bool? italic = null, FontFamilyRole? family = null) =>
        this with { Face = new FontFace(family ?? Face.Family, bold ?? Face.Bold, italic ?? Face.Italic) };
}

/// <summary>Where a link goes: a URL, or an anchor inside the document.</summary>
internal abstract record LinkTarget;

internal sealed record ExternalLink(string Url) : LinkTarget
{
    public override string ToString() => Url;
}

internal sealed record InternalLink(string Anchor) : LinkTarget
{
    public override string ToString() => "#" + Anchor;
}

/// <summary>
/// A piece of inline text with one style. A run with <see cref="FootnoteLabel"/> is a footnote mark:
/// placing it on a page places that note at the page bottom. <see cref="HardBreak"/> forces a new line.
/// </summary>
internal sealed record TextRun(string Text, RunStyle Style, LinkTarget? Link = null, string? FootnoteLabel = null)
{
    public bool HardBreak { get; init; }

    public static TextRun Break(RunStyle style) => new("", style) { HardBreak = true };
}
