namespace BriefingKit.Pdf.Fonts;

/// <summary>The three typeface families a briefing uses: serif body, sans headings and tables, mono code.</summary>
internal enum FontFamilyRole
{
    Serif,
    Sans,
    Mono,
}

/// <summary>One concrete face (family + weight + slant), backed by one TrueType file.</summary>
internal readonly record struct FontFace(FontFamilyRole Family, bool Bold, bool Italic)
{
    /// <summary>
    /// 0 for the DejaVu face itself; otherwise the fallback file this text is shaped in, as the 1-based index
    /// of the render's <see cref="Shaping.FallbackFonts.Fonts"/>. Family, weight and slant stay those of the
    /// text around it (its line height, and the weight of the fallback file chosen).
    /// </summary>
    public int Shaped { get; init; }

    /// <summary>All faces a briefing can ask for, in a fixed order.</summary>
    public static IReadOnlyList<FontFace> All { get; } =
    [
        new(FontFamilyRole.Serif, false, false), new(FontFamilyRole.Serif, true, false),
        new(FontFamilyRole.Serif, false, true), new(FontFamilyRole.Serif, true, true),
        new(FontFamilyRole.Sans, false, false), new(FontFamilyRole.Sans, true, false),
        new(FontFamilyRole.Sans, false, true), new(FontFamilyRole.Sans, true, true),
        new(FontFamilyRole.Mono, false, false), new(FontFamilyRole.Mono, true, false),
    ];

    /// <summary>The DejaVu file name of this face. Mono has no italics bundled, so italic mono uses upright.</summary>
    public string FileName => Family switch
    {
        FontFamilyRole.Serif => "DejaVuSerif" + Suffix("Italic"),
        FontFamilyRole.Sans => "DejaVuSans" + Suffix("Oblique"),
        _ => Bold ? "DejaVuSansMono-Bold.ttf" : "DejaVuSansMono.ttf",
    };

    /// <summary>The face used when this one lacks a character: serif and mono fall back to sans.</summary>
    public FontFace? Fallback => Family == FontFamilyRole.Sans ? null : this with { Family = FontFamilyRole.Sans };

    /// <summary>This face without its fallback file: the DejaVu face whose metrics the line uses.</summary>
    public FontFace Book => this with { Shaped = 0 };

    public override string ToString() =>
        $"{Family.ToString().ToLowerInvariant()}-{(Bold ? "b" : "")}{(Italic ? "i" : "")}{(!Bold && !Italic ? "r" : "")}{(Shaped > 0 ? "~" + Shaped : "")}";

    string Suffix(string slant) => (Bold, Italic) switch
    {
        (false, false) => ".ttf",
        (true, false) => "-Bold.ttf",
        (false, true) => "-" + slant + ".ttf",
        _ => "-Bold" + slant + ".ttf",
    };
}
