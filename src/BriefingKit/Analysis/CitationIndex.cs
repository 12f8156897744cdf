using BriefingKit.Model;

namespace BriefingKit.Analysis;

/// <summary>One footnote: a source passage (with the text of the fact that first cited it), or the evidence a judgment rests on.</summary>
/// <param name="Passage">The source passage the note cites; null for a judgment's note.</param>
/// <param name="Context">The text of the fact that first cited the passage, which picks the words of the excerpt; empty for a judgment's note.</param>
/// <param name="Evidence">The passages a judgment's note lists; empty for a passage note.</param>
/// <param name="QuotedInText">True when the citing text prints the quote itself (a statement's own words).</param>
internal sealed record Footnote(Citation? Passage, string Context, IReadOnlyList<Citation> Evidence, bool QuotedInText = false);

/// <summary>
/// Numbers footnotes in order of first use. The same source and quote always gets the same number, so a
/// passage cited by several facts appears once in the notes. A key judgment gets one note of its own that
/// lists its evidence (<see cref="NumberOfEvidence"/>), so it carries one mark instead of eight.
/// </summary>
internal sealed class CitationIndex
{
    private readonly Dictionary<(string Source, string Quote), int> numbers = new(PassageComparer.Instance);
    private readonly List<Footnote> notes = [];

    /// <summary>Footnotes in number order (index 0 is note 1).</summary>
    public IReadOnlyList<Footnote> Notes => notes;

    /// <summary>The passage's number; <paramref name="context"/>, the citing fact's text, says which words of a long quote matter.</summary>
    public int NumberOf(Citation citation, string context = "", bool quotedInText = false)
    {
        var key = (citation.Source.Id, citation.Quote);
        if (!numbers.TryGetValue(key, out var number))
        {
            notes.Add(new Footnote(citation, context, [], quotedInText));
            number = notes.Count;
            numbers.Add(key, number);
        }

        return number;
    }

    /// <summary>A new note listing the passages a judgment rests on.</summary>
    public int NumberOfEvidence(IReadOnlyList<Citation> evidence)
    {
        notes.Add(new Footnote(null, string.Empty, evidence));
        return notes.Count;
    }

    /// <summary>Footnote numbers for a fact's citations, in the fact's order, without repeats.</summary>
    public IReadOnlyList<int> NumbersOf(IEnumerable<Citation> citations, string context = "", bool quotedInText = false)
    {
        // A fact cites a handful of passages: a linear check for repeats beats a set per fact. Facts hold their
        // citations in lists, walked by index so no enumerator is boxed per fact.
        if (citations is IReadOnlyList<Citation> list)
        {
            var numbered = new List<int>(list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                AddOnce(numbered, NumberOf(list[i], context, quotedInText));
            }

            return numbered;
        }

        var result = new List<int>(4);
        foreach (var citation in citations)
        {
            AddOnce(result, NumberOf(citation, context, quotedInText));
        }

        return result;
    }

    private static void AddOnce(List<int> numbers, int number)
    {
        if (!numbers.Contains(number))
        {
            numbers.Add(number);
        }
    }

    /// <summary>
    /// Hashes a passage by its source id and the quote's length and ends, not by every character of the
    /// quote: in a large dossier the quotes are long, scattered strings, and reading each one whole to hash
    /// it was the costliest part of numbering. Equal keys still compare the quotes in full.
    /// </summary>
    private sealed class PassageComparer : IEqualityComparer<(string Source, string Quote)>
    {
        public static readonly PassageComparer Instance = new();

        public bool Equals((string Source, string Quote) x, (string Source, string Quote) y) =>
            string.Equals(x.Source, y.Source, StringComparison.Ordinal) && string.Equals(x.Quote, y.Quote, StringComparison.Ordinal);

        public int GetHashCode((string Source, string Quote) key)
        {
            var quote = key.Quote;
            return quote.Length == 0
                ? StringComparer.Ordinal.GetHashCode(key.Source)
                : HashCode.Combine(StringComparer.Ordinal.GetHashCode(key.Source), quote.Length, quote[0], quote[^1]);
        }
    }
}
