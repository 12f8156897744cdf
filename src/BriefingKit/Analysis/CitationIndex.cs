using BriefingKit.Model;

namespace BriefingKit.Analysis;

/// <summary>
/// Numbers citations as footnotes in order of first use. The same source and quote always gets the same
/// number, so a passage cited by several facts appears once in the notes.
/// </summary>
public sealed class CitationIndex
{
    private readonly Dictionary<(string Source, string Quote), int> numbers = [];
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
    public IReadOnlyList<int> NumbersOf(IEnumerable<Citation> citations) => citations.Select(NumberOf).Distinct().ToList();
}
