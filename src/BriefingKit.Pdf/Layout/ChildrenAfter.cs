using System.Collections;

namespace BriefingKit.Pdf.Layout;

/// <summary>
/// What a column has left after a page break, as a view: optionally the remainder of the child that
/// split, then the original children from some index on. Copying the remaining children on every
/// page made paginating a long column (the whole briefing is one) quadratic in its length.
/// </summary>
internal sealed class ChildrenAfter : IReadOnlyList<Element>
{
    readonly Element? _lead;
    readonly IReadOnlyList<Element> _source;
    readonly int _from;

    ChildrenAfter(Element? lead, IReadOnlyList<Element> source, int from) => (_lead, _source, _from) = (lead, source, from);

    public int Count => Lead + _source.Count - _from;

    int Lead => _lead is null ? 0 : 1;

    public Element this[int index] => index < Lead ? _lead! : _source[_from + index - Lead];

    /// <summary><paramref name="lead"/> (if any) followed by <paramref name="children"/> from <paramref name="index"/> on.</summary>
    public static IReadOnlyList<Element> Of(Element? lead, IReadOnlyList<Element> children, int index)
    {
        // A view of a view refers to the original list, so views never nest.
        if (children is ChildrenAfter view && index >= view.Lead)
        {
            return new ChildrenAfter(lead, view._source, view._from + index - view.Lead);
        }

        return new ChildrenAfter(lead, children, index);
    }

    public IEnumerator<Element> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
