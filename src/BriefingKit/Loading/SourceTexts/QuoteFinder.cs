namespace BriefingKit.Loading.SourceTexts;

/// <summary>Where a quote is in a stored text (its paragraphs), or why it is not there.</summary>
/// <param name="Found">True when the quote is in the text verbatim.</param>
/// <param name="FirstParagraph">The 1-based paragraph where the quote starts; 0 when not found.</param>
/// <param name="LastParagraph">The 1-based paragraph where it ends; 0 when not found.</param>
/// <param name="Difference">When not found, where the quote parts from the closest passage and the first word that differs; null when found.</param>
internal sealed record QuoteMatch(bool Found, int FirstParagraph, int LastParagraph, string? Difference)
{
    /// <summary>A failed match; <paramref name="difference"/> says where the quote parts from the text.</summary>
    public static QuoteMatch Missing(string difference) => new(false, 0, 0, difference);
}

/// <summary>
/// Finds a citation's quote in a stored text, verbatim: only whitespace and line breaks may differ, and the quote
/// starts and ends on word boundaries. <c>…</c> marks an elision; the parts around it must occur in order.
/// When the quote is not there, says where it parts from the closest passage, word for word.
/// </summary>
internal static class QuoteFinder
{
    /// <summary>The character that marks an elision in a quote: <c>…</c> (U+2026).</summary>
    public const char Elision = '…';

    /// <summary>
    /// Finds <paramref name="quote"/>, first in the paragraphs its locator names (<paramref name="within"/>, so a quote
    /// the text prints twice is found where the analyst saw it, and the search stays short), then anywhere.
    /// </summary>
    public static QuoteMatch Find(string quote, StoredText text, (int First, int Last)? within = null)
    {
        // Most quotes are one part already written with single spaces: look for them as they are.
        var plain = IsOnePlainPart(quote);
        if (plain && within is var (first, last) && first >= 1 && last <= text.ParagraphCount && first <= last)
        {
            var start = text.ParagraphStart(first);
            var at = IndexOfWords(text.Flat, quote, start, text.ParagraphEnd(last));
            if (at >= 0)
            {
                return new QuoteMatch(true, text.ParagraphAt(at), text.ParagraphAt(at + quote.Length - 1), null);
            }
        }

        List<string> parts = plain ? [quote] : quote.Split(Elision).Select(StoredText.Collapse).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0)
        {
            return QuoteMatch.Missing("the quote has no words to look for");
        }

        int from = 0, firstFound = 0, lastFound = 0;
        foreach (var part in parts)
        {
            var at = IndexOfWords(text.Flat, part, from);
            if (at < 0)
            {
                return QuoteMatch.Missing(Explain(part, text, from));
            }

            if (firstFound == 0)
            {
                firstFound = text.ParagraphAt(at);
            }

            lastFound = text.ParagraphAt(at + part.Length - 1);
            from = at + part.Length;
        }

        return new QuoteMatch(true, firstFound, lastFound, null);
    }

    private static bool IsOnePlainPart(string quote)
    {
        if (quote.Length == 0 || char.IsWhiteSpace(quote[0]) || char.IsWhiteSpace(quote[^1]))
        {
            return false;
        }

        for (var i = 0; i < quote.Length; i++)
        {
            var c = quote[i];
            if (c == Elision || (char.IsWhiteSpace(c) && (c != ' ' || quote[i + 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first occurrence of <paramref name="words"/> at or after <paramref name="from"/> that starts and ends on word boundaries.</summary>
    private static int IndexOfWords(string flat, string words, int from) => IndexOfWords(flat, words, from, flat.Length);

    // As above, with the whole match before end.
    private static int IndexOfWords(string flat, string words, int from, int end)
    {
        while (from <= end - words.Length)
        {
            var at = flat.IndexOf(words, from, end - from, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            if (Boundary(flat, at, words[0], before: true) && Boundary(flat, at + words.Length, words[^1], before: false))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    // A quote that starts (ends) with a letter or digit must not start (end) inside a word of the text.
    private static bool Boundary(string flat, int index, char edge, bool before)
    {
        if (!char.IsLetterOrDigit(edge))
        {
            return true;
        }

        var neighbour = before ? index - 1 : index;
        return neighbour < 0 || neighbour >= flat.Length || !char.IsLetterOrDigit(flat[neighbour]);
    }

    /// <summary>Where <paramref name="part"/> parts from the text: after its longest opening that the text has, or before its longest ending.</summary>
    private static string Explain(string part, StoredText text, int from)
    {
        var words = part.Split(' ');
        var (prefix, prefixAt) = Longest(words, text.Flat, from, fromStart: true);
        var (suffix, suffixAt) = Longest(words, text.Flat, from, fromStart: false);
        if (prefix == 0 && suffix == 0)
        {
            return $"no passage of {text.Path} starts with “{words[0]}” or ends with “{words[^1]}”";
        }

        if (prefix >= suffix)
        {
            var opening = string.Join(' ', words[..prefix]);
            var end = prefixAt + opening.Length;
            var textWord = WordAfter(text.Flat, end);
            return $"it follows {text.Path} para {text.ParagraphAt(prefixAt)} as far as “{Tail(words[..prefix])}”, then the quote has “{words[prefix]}” where the text has “{textWord}”";
        }

        var ending = string.Join(' ', words[^suffix..]);
        var textBefore = WordBefore(text.Flat, suffixAt);
        return $"it matches {text.Path} para {text.ParagraphAt(suffixAt)} from “{Head(words[^suffix..])}” on, but before that the quote has “{words[^(suffix + 1)]}” where the text has “{textBefore}”";
    }

    private static (int Count, int At) Longest(string[] words, string flat, int from, bool fromStart)
    {
        int best = 0, bestAt = -1;
        for (int n = 1; n < words.Length; n++)
        {
            var piece = fromStart ? string.Join(' ', words[..n]) : string.Join(' ', words[^n..]);
            var at = IndexOfWords(flat, piece, from);
            if (at < 0)
            {
                break;
            }

            (best, bestAt) = (n, at);
        }

        return (best, bestAt);
    }

    private static string WordAfter(string flat, int index)
    {
        var start = index < flat.Length && flat[index] == ' ' ? index + 1 : index;
        if (start >= flat.Length)
        {
            return "the end of the text";
        }

        var end = flat.IndexOf(' ', start);
        return flat[start..(end < 0 ? flat.Length : end)];
    }

    private static string WordBefore(string flat, int index)
    {
        var end = index > 0 && flat[index - 1] == ' ' ? index - 1 : index;
        if (end <= 0)
        {
            return "the start of the text";
        }

        var start = flat.LastIndexOf(' ', end - 1) + 1;
        return flat[start..end];
    }

    // At most the last (first) six words, so a message stays one line.
    private static string Tail(string[] words) => (words.Length > 6 ? "…" : string.Empty) + string.Join(' ', words[^Math.Min(6, words.Length)..]);

    private static string Head(string[] words) => string.Join(' ', words[..Math.Min(6, words.Length)]) + (words.Length > 6 ? "…" : string.Empty);
}
