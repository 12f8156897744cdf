using BriefingKit.Model;

namespace BriefingKit.Analysis;

/// <summary>
/// Numbers citations as footnotes in order of first use. The same source and quote always gets the same
/// number, so a passage cited by several facts appears once in the notes.
/// </summary>
public sealed class CitationIndex
{
    private readonly Dictionary<(string Source, string Quote), int> numbers = new(PassageComparer.Instance);
    private readonly List<Citation> notes = [];

    /// <summary>Footnotes in number order (index 0 is note 1).</summary>
    public IReadOnlyList<Citation> Notes => notes;

    public int NumberOf(Citation citation)
    {
        var key = (citation.Source.Id, citation.Quote);
        if (!numbers.TryGetValue(key, out var number))
        {
            notes.Add(citation);
            number = notes.Count;
            numbers.Add(key, number);
        }

        return number;
    }

    /// <summary>Footnote numbers for a fact's citations, in the fact's order, without repeats.</summary>
    public IReadOnlyList<int> NumbersOf(IEnumerable<Citation> citations)
    {
        // A fact cites a handful of passages: a linear check for repeats beats a set per fact. Facts hold their
        // citations in lists, walked by index so no enumerator is boxed per fact.
        if (citations is IReadOnlyList<Citation> list)
        {
            var numbered = new List<int>(list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                AddOnce(numbered, NumberOf(list[i]));
            }

            return numbered;
        }

        var result = new List<int>(4);
        foreach (var citation in citations)
        {
            AddOnce(result, NumberOf(citation));
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
