using System.Globalization;

namespace BriefingKit.Pdf.Layout.Bidi;

/// <summary>
/// Character data for the bidirectional algorithm. .NET exposes no Bidi_Class, so it is derived from the
/// right-to-left blocks, a short list of exceptions and the general category: close to Unicode's table for
/// every character a briefing is likely to hold, and small enough to read.
/// </summary>
internal static class BidiCharacters
{
    /// <summary>Bidi class of a code point; see <see cref="BidiClass"/>. Unassigned code points outside the right-to-left blocks are L.</summary>
    public static BidiClass Of(int codePoint)
    {
        if (codePoint < 0x80)
        {
            return Ascii(codePoint);
        }

        if (Listed(codePoint) is { } listed)
        {
            return listed;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return BidiClass.NSM;
        }

        if (RightToLeftBlock(codePoint) is { } block)
        {
            return block;
        }

        return category switch
        {
            UnicodeCategory.Format or UnicodeCategory.Control => BidiClass.BN,
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator => BidiClass.WS,
            UnicodeCategory.ParagraphSeparator => BidiClass.B,
            UnicodeCategory.CurrencySymbol => BidiClass.ET,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.PrivateUse
                or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned => BidiClass.L,
            _ => BidiClass.ON,
        };
    }

    /// <summary>
    /// The mirrored glyph's code point for a character shown at an odd (right-to-left) level: paired
    /// brackets and the common quotation and comparison pairs; any other code point is returned unchanged.
    /// </summary>
    public static int Mirror(int codePoint) => codePoint switch
    {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        '⁅' => '⁆',
        '⁆' => '⁅',
        '⁽' => '⁾',
        '⁾' => '⁽',
        '₍' => '₎',
        '₎' => '₍',
        '≤' => '≥',
        '≥' => '≤',
        '〈' => '〉',
        '〉' => '〈',
        '⟨' => '⟩',
        '⟩' => '⟨',
        >= 0x3008 and <= 0x3011 => codePoint ^ 1, // 〈〉《》「」『』【】: openers are even
        '（' => '）',
        '）' => '（',
        '［' => '］',
        '］' => '［',
        '｛' => '｝',
        '｝' => '｛',
        '＜' => '＞',
        '＞' => '＜',
        _ => codePoint,
    };

    /// <summary>
    /// For a paired bracket (Bidi_Paired_Bracket_Type open or close, used by rule N0): its counterpart,
    /// with U+2329/U+232A read as their canonical equivalents U+3008/U+3009 so either spelling pairs; else null.
    /// </summary>
    public static (int Counterpart, bool Opens)? Bracket(int codePoint)
    {
        int mirror = Mirror(codePoint);
        if (mirror == codePoint)
        {
            return null;
        }

        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.OpenPunctuation => (Canonical(mirror), true),
            UnicodeCategory.ClosePunctuation => (Canonical(mirror), false),
            _ => null, // < > « » ‹ › ≤ ≥ mirror but do not pair
        };
    }

    /// <summary>The form of a bracket that pairing compares: U+2329/U+232A decompose to U+3008/U+3009.</summary>
    public static int Canonical(int bracket) => bracket switch
    {
        0x2329 => 0x3008,
        0x232A => 0x3009,
        _ => bracket,
    };

    /// <summary>
    /// True when the text holds a character of class R, AL or AN, so the line needs the algorithm at all.
    /// Latin text is rejected by one vectorised search; past the first character at or above U+0590
    /// (typographic quotes and dashes are common) only the right-to-left ranges are looked at closely.
    /// </summary>
    public static bool HasRightToLeft(ReadOnlySpan<char> text)
    {
        int start = text.IndexOfAnyInRange('\u0590', '\uFFFF');
        if (start < 0)
        {
            return false;
        }

        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (!MayBeRightToLeft(c))
            {
                continue;
            }

            int codePoint = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? char.ConvertToUtf32(c, text[i + 1])
                : c;
            if (Of(codePoint) is BidiClass.R or BidiClass.AL or BidiClass.AN)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The UTF-16 units that can start an R, AL or AN character: the BMP blocks, RLM and the high surrogates of U+10800–U+10FFF and U+1E800–U+1EFFF.</summary>
    static bool MayBeRightToLeft(char c) =>
        c is (>= '\u0590' and <= '\u08FF') or '\u200F' or (>= '\uFB1D' and <= '\uFEFE') or '\uD802' or '\uD803' or '\uD83A' or '\uD83B';

    static BidiClass Ascii(int c) => c switch
    {
        '\t' or '\v' or '\u001F' => BidiClass.S,
        '\n' or '\r' or (>= '\u001C' and <= '\u001E') => BidiClass.B,
        '\f' or ' ' => BidiClass.WS,
        < 0x20 or 0x7F => BidiClass.BN,
        >= '0' and <= '9' => BidiClass.EN,
        '+' or '-' => BidiClass.ES,
        '#' or '$' or '%' => BidiClass.ET,
        ',' or '.' or '/' or ':' => BidiClass.CS,
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') => BidiClass.L,
        _ => BidiClass.ON,
    };

    /// <summary>Characters whose class the general category or the block would get wrong.</summary>
    static BidiClass? Listed(int c) => c switch
    {
        0x85 => BidiClass.B,
        0xA0 or 0x202F or 0x2044 or 0xFE50 or 0xFE52 or 0xFE55 or 0xFF0C or 0xFF0E or 0xFF0F or 0xFF1A => BidiClass.CS,
        0xB0 or 0xB1 or 0x2030 or 0x2031 or 0x2032 or 0x2033 or 0x2034 or 0x2213 or 0x212E
            or 0xFE5F or 0xFE69 or 0xFE6A or 0xFF03 or 0xFF04 or 0xFF05 => BidiClass.ET,
        0xB2 or 0xB3 or 0xB9 or 0x2070 or (>= 0x2074 and <= 0x2079) or (>= 0x2080 and <= 0x2089)
            or (>= 0x2488 and <= 0x249B) or (>= 0xFF10 and <= 0xFF19) or (>= 0x1D7CE and <= 0x1D7FF) or (>= 0x1F100 and <= 0x1F10A)
            or (>= 0x1FBF0 and <= 0x1FBF9) => BidiClass.EN,
        0x207A or 0x207B or 0x208A or 0x208B or 0x2212 or 0xFB29 or 0xFE62 or 0xFE63 or 0xFF0B or 0xFF0D => BidiClass.ES,
        0x200E => BidiClass.L,
        0x200F => BidiClass.R,
        0x2028 => BidiClass.WS,
        0x2029 => BidiClass.B,

        // Inside the Arabic blocks: numbers, separators and neutrals among the letters.
        (>= 0x0600 and <= 0x0605) or (>= 0x0660 and <= 0x0669) or 0x066B or 0x066C or 0x06DD
            or 0x0890 or 0x0891 or 0x08E2 or (>= 0x10D30 and <= 0x10D39) or (>= 0x10E60 and <= 0x10E7E) => BidiClass.AN,
        >= 0x06F0 and <= 0x06F9 => BidiClass.EN,
        0x0609 or 0x060A or 0x066A => BidiClass.ET,
        0x060C => BidiClass.CS,
        0x0606 or 0x0607 or 0x060E or 0x060F or 0x06DE or 0x06E9 or 0xFD3E or 0xFD3F or (>= 0xFDD0 and <= 0xFDEF) or 0xFDFD
            or 0x1EEF0 or 0x1EEF1 => BidiClass.ON,
        0x061C or 0x070F => BidiClass.AL, // ARABIC LETTER MARK and the Syriac abbreviation mark are format characters but AL
        _ => null,
    };

    /// <summary>Letters and other characters of the right-to-left blocks; marks and the exceptions are settled before.</summary>
    static BidiClass? RightToLeftBlock(int c) => c switch
    {
        >= 0x0590 and <= 0x05FF => BidiClass.R, // Hebrew
        >= 0x0600 and <= 0x07BF => BidiClass.AL, // Arabic, Syriac, Arabic Supplement, Thaana
        >= 0x07C0 and <= 0x085F => BidiClass.R, // NKo, Samaritan, Mandaic
        >= 0x0860 and <= 0x08FF => BidiClass.AL, // Syriac Supplement, Arabic Extended-B and -A
        >= 0xFB1D and <= 0xFB4F => BidiClass.R, // Hebrew presentation forms
        >= 0xFB50 and <= 0xFDFF => BidiClass.AL, // Arabic presentation forms A
        >= 0xFE70 and <= 0xFEFE => BidiClass.AL, // Arabic presentation forms B
        >= 0x10D00 and <= 0x10D3F => BidiClass.AL, // Hanifi Rohingya
        >= 0x10EC0 and <= 0x10EFF => BidiClass.AL, // Arabic Extended-C
        >= 0x10F30 and <= 0x10F6F => BidiClass.AL, // Sogdian
        >= 0x10800 and <= 0x10FFF => BidiClass.R, // Cypriot, Imperial Aramaic, Phoenician, Kharoshthi and the rest
        >= 0x1EC70 and <= 0x1ECBF => BidiClass.AL, // Indic Siyaq numbers
        >= 0x1ED00 and <= 0x1ED4F => BidiClass.AL, // Ottoman Siyaq numbers
        >= 0x1EE00 and <= 0x1EEFF => BidiClass.AL, // Arabic mathematical alphabetic symbols
        >= 0x1E800 and <= 0x1EFFF => BidiClass.R, // Mende Kikakui, Adlam and the rest
        _ => null,
    };
}
