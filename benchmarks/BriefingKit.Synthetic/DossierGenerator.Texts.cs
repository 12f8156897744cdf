using System.Text;

namespace BriefingKit.Synthetic;

/// <summary>
/// Stored source texts (opt-in): for each source, an article as a <c>.txt</c> file, one paragraph per line, that
/// holds every citation quote of that source verbatim in the paragraph its <c>para N</c> locator names.
/// </summary>
/// <remarks>
/// The texts draw from their own generator (seeded from the dossier's seed), so switching them on leaves every
/// draw of the dossier itself as it was: the YAML differs from the plain one only by a <c>text:</c> line per source
/// and, where one quote of a source occurs inside another (a repeated claim, a name that prefixes a longer one), by
/// a locator moved to the paragraph where the check will first find that quote.
/// </remarks>
internal sealed partial class DossierGenerator
{
    private const int MinParagraphs = 40; // locators name paras 1–39

    private readonly SplitMix? textRandom;
    private readonly Dictionary<string, Article> articles = new(StringComparer.Ordinal);

    /// <summary>Where a source's text is, relative to the dossier file.</summary>
    internal static string TextPath(string sourceId) => $"texts/{sourceId}.txt";

    /// <summary>
    /// Places <paramref name="quote"/> in the text of <paramref name="source"/> and returns the paragraph its locator
    /// must name: <paramref name="locator"/> itself unless the quote is already in the text (then where it is),
    /// or null when the citation has no locator. Without texts, returns <paramref name="locator"/>.
    /// </summary>
    private int? Place(string source, string quote, int? locator)
    {
        if (textRandom is null)
        {
            return locator;
        }

        if (!articles.TryGetValue(source, out var article))
        {
            articles[source] = article = new Article(MinParagraphs + textRandom.Next(0, 16));
        }

        var at = article.Place(quote, locator ?? textRandom.Next(1, article.Paragraphs.Length + 1));
        return locator is null ? null : at;
    }

    /// <summary>Every source's text, in source order (empty without texts).</summary>
    private List<SyntheticText> Texts()
    {
        var texts = new List<SyntheticText>();
        if (textRandom is null)
        {
            return texts;
        }

        foreach (var source in sources)
        {
            if (!articles.TryGetValue(source, out var article))
            {
                article = articles[source] = new Article(MinParagraphs + textRandom.Next(0, 16));
            }

            texts.Add(new SyntheticText(source, TextPath(source), Write(article)));
        }

        return texts;
    }

    /// <summary>The article: each paragraph one to three filler sentences with its quotes among them, one line each.</summary>
    private string Write(Article article)
    {
        var random = textRandom!;
        var text = new StringBuilder(article.Paragraphs.Length * 200);
        for (var p = 0; p < article.Paragraphs.Length; p++)
        {
            var sentences = new List<string>();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                sentences.Add(Filler(random));
            }

            foreach (var quote in article.Paragraphs[p])
            {
                sentences.Insert(random.Next(sentences.Count + 1), quote);
            }

            if (p == 0)
            {
                text.Append(random.Pick(Vocabulary.Places)).Append(" — ");
            }

            text.AppendJoin(' ', sentences).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// A sentence of reporting around the quotes. Fillers never quote anyone, name no party and never say "said",
    /// "confirmed" or "according to", so no citation quote can turn up in one by accident.
    /// </summary>
    private static string Filler(SplitMix random)
    {
        var place = random.Pick(Vocabulary.Places);
        var lever = random.Pick(Vocabulary.Levers).ToLowerInvariant();
        return random.Next(12) switch
        {
            0 => $"The talks in {place} turned on {lever} and on what each side would give in return.",
            1 => $"Shelters in {place} reported longer stays and fewer free beds than a month earlier.",
            2 => "Neither government has published the full text of the arrangement.",
            3 => $"The question of {lever} has been debated for months in both capitals.",
            4 => $"Advocates in {place} questioned whether the measure would survive a challenge in court.",
            5 => $"Crossing points near {place} stayed busy through the week, with lines of trucks waiting for inspection.",
            6 => "Figures for earlier months were revised after this article was first published.",
            7 => "Trade groups warned of delays for freight at the ports of entry.",
            8 => "The figures could not be independently verified.",
            9 => $"Diplomats described the mood in {place} as {random.Pick(["tense", "cordial", "businesslike", "strained", "constructive"])}.",
            10 => $"Local volunteers in {place} handed out water and blankets at the bus station.",
            _ => $"Critics of {lever} pointed to the cost and to the lack of published data.",
        };
    }

    /// <summary>One source's text while the dossier is generated: which quotes each paragraph holds.</summary>
    private sealed class Article(int paragraphs)
    {
        private readonly Dictionary<string, int> exact = new(StringComparer.Ordinal);
        private readonly List<(string Words, int Paragraph)> placed = [];

        /// <summary>Paragraph n (from 1) at index n − 1: the quotes written into it, in order.</summary>
        public List<string>[] Paragraphs { get; } = [.. Enumerable.Range(0, paragraphs).Select(_ => new List<string>())];

        /// <summary>
        /// Puts the quote in paragraph <paramref name="wanted"/> if it can be first found there, and returns the
        /// paragraph where the check will first find it. The check finds the first occurrence in the text, so a quote
        /// held inside a longer one already placed is found no later than that one's paragraph, and a quote must not
        /// go before a shorter one it holds.
        /// </summary>
        public int Place(string quote, int wanted)
        {
            var words = Collapse(quote);
            if (exact.TryGetValue(words, out var known))
            {
                return known;
            }

            int low = 1, high = int.MaxValue; // after every quote it holds, no later than any quote holding it
            foreach (var (other, at) in placed)
            {
                if (HasWords(other, words))
                {
                    high = Math.Min(high, at);
                }
                else if (HasWords(words, other))
                {
                    low = Math.Max(low, at);
                }
            }

            var paragraph = Math.Min(Math.Max(wanted, low), high);
            exact[words] = paragraph;
            placed.Add((words, paragraph));
            if (paragraph != high)
            {
                Paragraphs[paragraph - 1].Add(quote);
            }

            return paragraph;
        }

        /// <summary>Whether <paramref name="text"/> holds <paramref name="words"/> starting and ending on word boundaries, as the quote check reads it.</summary>
        private static bool HasWords(string text, string words)
        {
            for (var from = 0; from <= text.Length - words.Length;)
            {
                var at = text.IndexOf(words, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    return false;
                }

                if (Boundary(text, at - 1, words[0]) && Boundary(text, at + words.Length, words[^1]))
                {
                    return true;
                }

                from = at + 1;
            }

            return false;
        }

        private static bool Boundary(string text, int neighbour, char edge) =>
            !char.IsLetterOrDigit(edge) || neighbour < 0 || neighbour >= text.Length || !char.IsLetterOrDigit(text[neighbour]);

        private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
