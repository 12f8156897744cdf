namespace BriefingKit.Pdf.Layout;

/// <summary>
/// Where a line may break inside text that has no spaces: Chinese, Japanese and Korean text breaks between
/// any two characters (UAX #14 class ID), except before closing punctuation and small kana, and after
/// opening brackets (the kinsoku rules), so a sentence in those scripts fills its lines instead of being
/// treated as one long word.
/// </summary>
internal static class LineBreakRules
{
    // Never at the start of a line: closing punctuation, iteration marks, prolonged sound mark, small kana.
    const string NoStart = "、。，．・：；？！）」』】〕〉》〙〗｝］〟’”ゝゞ々ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.:;?!)]}%";

    // Never at the end of a line: opening brackets and quotes.
    const string NoEnd = "（「『【〔〈《〘〖｛［〝‘“([{";

    /// <summary>Whether a line may break between <paramref name="before"/> and <paramref name="after"/> (code points).</summary>
    public static bool Between(int before, int after) =>
        (Ideographic(before) || Ideographic(after))
        && !(after < 0x10000 && NoStart.Contains((char)after, StringComparison.Ordinal))
        && !(before < 0x10000 && NoEnd.Contains((char)before, StringComparison.Ordinal));

    /// <summary>Whether the text may break before index <paramref name="at"/> of <paramref name="text"/> (never inside a surrogate pair).</summary>
    public static bool Before(ReadOnlySpan<char> text, int at)
    {
        if (at <= 0 || at >= text.Length || char.IsLowSurrogate(text[at]) || text[at] < 0x2E80 && text[at - 1] < 0x2E80)
        {
            return false; // the common case, Latin text on both sides, answered without decoding
        }

        int before = at >= 2 && char.IsSurrogatePair(text[at - 2], text[at - 1]) ? char.ConvertToUtf32(text[at - 2], text[at - 1]) : text[at - 1];
        int after = at + 1 < text.Length && char.IsSurrogatePair(text[at], text[at + 1]) ? char.ConvertToUtf32(text[at], text[at + 1]) : text[at];
        return Between(before, after);
    }

    static bool Ideographic(int c) =>
        c is >= 0x2E80 and <= 0x9FFF // CJK radicals, punctuation, kana, unified ideographs
            or >= 0xAC00 and <= 0xD7AF // Hangul syllables
            or >= 0xF900 and <= 0xFAFF // compatibility ideographs
            or >= 0xFE30 and <= 0xFE4F // CJK compatibility forms
            or >= 0xFF00 and <= 0xFFEF // full-width forms
            or >= 0x20000 and <= 0x3FFFF; // ideograph extensions
}
