namespace BriefingKit.Pdf.Fonts;

/// <summary>
/// What the renderer needs to know about a character's script: whether it must be shaped (joined, reordered,
/// combined into conjuncts) rather than drawn glyph by glyph from the cmap, and which Noto family and Debian
/// package cover it when DejaVu does not.
/// </summary>
internal static class Scripts
{
    /// <summary>A script's fallback family: the file names of its regular and bold fonts and the Debian package that ships them.</summary>
    internal readonly record struct Family(string Regular, string Bold, string Package)
    {
        /// <summary>A Noto family, named the Noto way ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf").</summary>
        public Family(string noto, string package)
            : this(noto + "-Regular.ttf", noto + "-Bold.ttf", package)
        {
        }
    }

    const string Core = "fonts-noto-core";
    const string Cjk = "fonts-droid-fallback";

    // TrueType fonts only: Debian's Noto CJK (fonts-noto-cjk) has CFF outlines, which the embedder does not subset.
    static readonly Family Droid = new("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf", Cjk);
    static readonly Family Hangul = new("NanumGothic.ttf", "NanumGothicBold.ttf", "fonts-nanum");

    // Ordered ranges; the first that holds a code point names its family. Shaped: text in it goes through HarfBuzz.
    static readonly (int Start, int End, bool Shaped, Family Family)[] Ranges =
    [
        (0x0530, 0x058F, false, new("NotoSansArmenian", Core)),
        (0x0590, 0x05FF, true, new("NotoSansHebrew", Core)),
        (0x0600, 0x06FF, true, new("NotoSansArabic", Core)),
        (0x0700, 0x074F, true, new("NotoSansSyriac", Core)),
        (0x0750, 0x077F, true, new("NotoSansArabic", Core)),
        (0x0780, 0x07BF, true, new("NotoSansThaana", Core)),
        (0x07C0, 0x07FF, true, new("NotoSansNKo", Core)),
        (0x0870, 0x08FF, true, new("NotoSansArabic", Core)),
        (0x0900, 0x097F, true, new("NotoSansDevanagari", Core)),
        (0x0980, 0x09FF, true, new("NotoSansBengali", Core)),
        (0x0A00, 0x0A7F, true, new("NotoSansGurmukhi", Core)),
        (0x0A80, 0x0AFF, true, new("NotoSansGujarati", Core)),
        (0x0B00, 0x0B7F, true, new("NotoSansOriya", Core)),
        (0x0B80, 0x0BFF, true, new("NotoSansTamil", Core)),
        (0x0C00, 0x0C7F, true, new("NotoSansTelugu", Core)),
        (0x0C80, 0x0CFF, true, new("NotoSansKannada", Core)),
        (0x0D00, 0x0D7F, true, new("NotoSansMalayalam", Core)),
        (0x0D80, 0x0DFF, true, new("NotoSansSinhala", Core)),
        (0x0E00, 0x0E7F, true, new("NotoSansThai", Core)),
        (0x0E80, 0x0EFF, true, new("NotoSansLao", Core)),
        (0x0F00, 0x0FFF, true, new("NotoSerifTibetan", Core)),
        (0x1000, 0x109F, true, new("NotoSansMyanmar", Core)),
        (0x10A0, 0x10FF, false, new("NotoSansGeorgian", Core)),
        (0x1100, 0x11FF, true, Hangul),
        (0x1200, 0x139F, false, new("NotoSansEthiopic", Core)),
        (0x13A0, 0x13FF, false, new("NotoSansCherokee", Core)),
        (0x1780, 0x17FF, true, new("NotoSansKhmer", Core)),
        (0x1800, 0x18AF, true, new("NotoSansMongolian", Core)),
        (0x2000, 0x2BFF, false, new("NotoSansSymbols2", Core)),
        (0x2E80, 0x312F, false, Droid),
        (0x3130, 0x318F, false, Hangul),
        (0x3190, 0x9FFF, false, Droid),
        (0xA960, 0xA97F, true, Hangul),
        (0xAC00, 0xD7FF, false, Hangul),
        (0xF900, 0xFAFF, false, Droid),
        (0xFB1D, 0xFB4F, true, new("NotoSansHebrew", Core)),
        (0xFB50, 0xFDFF, true, new("NotoSansArabic", Core)),
        (0xFE30, 0xFE4F, false, Droid),
        (0xFE70, 0xFEFF, true, new("NotoSansArabic", Core)),
        (0xFF00, 0xFFEF, false, Droid),
        (0x1F000, 0x1FAFF, false, new("NotoSansSymbols2", Core)),
        (0x20000, 0x3FFFF, false, Droid),
    ];

    /// <summary>Families tried, in order, for a character no range names (or whose family lacks it).</summary>
    public static IReadOnlyList<Family> Catchall { get; } =
    [
        new("NotoSans", Core), new("NotoSansSymbols2", Core), new("NotoSansSymbols", Core), new("NotoSansMath", Core),
        Droid, new("Symbola_hint.ttf", "Symbola_hint.ttf", "fonts-symbola"), // monochrome emoji and symbols
    ];

    /// <summary>
    /// True for scripts whose letters change shape with their neighbours or are written right to left
    /// (Arabic, Hebrew, the Indic scripts, Thai, Khmer, Hangul jamo...): such text is shaped, never drawn
    /// character by character.
    /// </summary>
    public static bool NeedsShaping(int codePoint) =>
        codePoint is >= 0x0590 and < 0x1100 or >= 0x1780 and < 0x18B0 or >= 0xFB1D and < 0xFF00
        && Find(codePoint) is { Shaped: true };

    /// <summary>What to install for a code point's fallback font, as BK6001 advises: its Debian package and file name.</summary>
    public static string Advice(int codePoint)
    {
        var f = FamilyOf(codePoint) ?? Catchall[0];
        return $"Install the Debian package {f.Package}, or put {f.Regular} in a --font-folder";
    }

    /// <summary>The Noto (or CJK) family for a code point, or null when none is known.</summary>
    public static Family? FamilyOf(int codePoint) => Find(codePoint)?.Family;

    static (int Start, int End, bool Shaped, Family Family)? Find(int codePoint)
    {
        int lo = 0, hi = Ranges.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var r = Ranges[mid];
            if (codePoint < r.Start)
            {
                hi = mid - 1;
            }
            else if (codePoint > r.End)
            {
                lo = mid + 1;
            }
            else
            {
                return r;
            }
        }

        return null;
    }
}
