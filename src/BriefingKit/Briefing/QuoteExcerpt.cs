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
    public static string Of(string quote, string context, int maxWords) => Score(quote, context).Take(maxWords);

    /// <summary>
    /// The quote's words weighed against the context once, for excerpts of several lengths (a note tries shorter
    /// ones until it fits a line): each word shared with the context weighs 1, a shared figure 3.
    /// </summary>
    public static ScoredQuote Score(string quote, string context)
    {
        var words = Words(quote);
        var weights = new int[words.Length];
        var wanted = Keys(context);
        for (var i = 0; i < words.Length; i++)
        {
            var key = Key(quote, words[i]);
            weights[i] = !wanted.Contains(key) ? 0 : HasDigit(key) ? 3 : 1; // the figure is the point of most citations
        }

        return new ScoredQuote(quote, words, weights);
    }

    /// <summary>A quote's words and their weights; <see cref="Take"/> cuts an excerpt of a given length.</summary>
    internal readonly struct ScoredQuote(string quote, (int Start, int End)[] words, int[] weights)
    {
        /// <summary>
        /// The <paramref name="maxWords"/>-word run with the highest total weight, as a running sum over the windows;
        /// the whole quote when it is no longer than that.
        /// </summary>
        public string Take(int maxWords)
        {
            if (words.Length <= maxWords)
            {
                return quote;
            }

            var scores = new int[words.Length - maxWords + 1];
            for (var i = 0; i < maxWords; i++)
            {
                scores[0] += weights[i];
            }

            for (var start = 1; start < scores.Length; start++)
            {
                scores[start] = scores[start - 1] - weights[start - 1] + weights[start + maxWords - 1];
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
            return (best > 0 ? "… " : string.Empty) + text + (best + maxWords < words.Length ? " …" : string.Empty);
        }
    }

    [ThreadStatic]
    private static List<(int Start, int End)>? scratch;

    private static (int Start, int End)[] Words(string text)
    {
        var words = scratch ??= [];
        words.Clear();
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

        return [.. words];
    }

    /// <summary>Words of four or more letters, and figures, lower-cased without punctuation: what two texts can share.</summary>
    private static HashSet<string> Keys(string text)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            var key = Key(text, word);
            if (key.Length >= 4 || HasDigit(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>The word's letters and digits, lower-cased (invariant), in order.</summary>
    private static string Key(string text, (int Start, int End) word)
    {
        var span = text.AsSpan(word.Start, word.End - word.Start);
        var length = 0;
        foreach (var c in span)
        {
            length += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        if (length == span.Length && !HasUpper(span))
        {
            return span.ToString();
        }

        return string.Create(length, (text, word.Start, word.End), static (target, w) =>
        {
            var at = 0;
            foreach (var c in w.text.AsSpan(w.Start, w.End - w.Start))
            {
                if (char.IsLetterOrDigit(c))
                {
                    target[at++] = char.ToLowerInvariant(c);
                }
            }
        });
    }

    private static bool HasUpper(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.ToLowerInvariant(c) != c)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDigit(string key)
    {
        foreach (var c in key)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
