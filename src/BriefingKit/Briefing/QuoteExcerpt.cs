namespace BriefingKit.Briefing;

/// <summary>
/// The words of a long quote that carry the point of the fact citing it, for a footnote: a run of whole words,
/// copied exactly from the quote (never reworded), with "…" where words were cut. Short quotes stay whole.
/// </summary>
internal static class QuoteExcerpt
{
    /// <summary>Quotes up to this many words are given whole; longer ones are cut to this many.</summary>
    public const int MaxWords = 10;

    /// <summary>
    /// The <see cref="MaxWords"/>-word run of <paramref name="quote"/> that shares the most words (figures first) with
    /// <paramref name="context"/>, the citing fact's own text; the opening words when nothing is shared.
    /// </summary>
    public static string Of(string quote, string context) => Of(quote, context, MaxWords);

    /// <summary>As <see cref="Of(string, string)"/>, with a run of <paramref name="maxWords"/> words.</summary>
    public static string Of(string quote, string context, int maxWords)
    {
        var words = Words(quote);
        if (words.Count <= maxWords)
        {
            return quote;
        }

        var wanted = Keys(context);
        var scores = new int[words.Count - maxWords + 1];
        for (var start = 0; start < scores.Length; start++)
        {
            for (var i = start; i < start + maxWords; i++)
            {
                var key = Key(quote, words[i]);
                if (wanted.Contains(key))
                {
                    scores[start] += key.Any(char.IsDigit) ? 3 : 1; // the figure is the point of most citations
                }
            }
        }

        // Of the first run of best-scoring windows, the middle one: the shared words sit mid-excerpt, with their
        // context on both sides, instead of at its very end. No shared words: the opening.
        var top = scores.Max();
        var first = top == 0 ? 0 : Array.IndexOf(scores, top);
        var last = first;
        while (top > 0 && last + 1 < scores.Length && scores[last + 1] == top)
        {
            last++;
        }

        var best = (first + last) / 2;

        var text = quote[words[best].Start..words[best + maxWords - 1].End];
        return (best > 0 ? "… " : string.Empty) + text + (best + maxWords < words.Count ? " …" : string.Empty);
    }

    private static List<(int Start, int End)> Words(string text)
    {
        var words = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || char.IsWhiteSpace(text[i]);
            if (space && start >= 0)
            {
                words.Add((start, i));
                start = -1;
            }
            else if (!space && start < 0)
            {
                start = i;
            }
        }

        return words;
    }

    /// <summary>Words of four or more letters, and figures, lower-cased without punctuation: what two texts can share.</summary>
    private static HashSet<string> Keys(string text) =>
        Words(text).Select(w => Key(text, w)).Where(k => k.Length >= 4 || k.Any(char.IsDigit)).ToHashSet(StringComparer.Ordinal);

    private static string Key(string text, (int Start, int End) word) =>
        new(text[word.Start..word.End].Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
