using System.Text;

namespace BriefingKit.Pdf.Layout;

/// <summary>
/// The fragment a line builder is filling: consecutive text with one style and link. Its text is
/// collected in a buffer and becomes a string once, when the fragment is complete.
/// </summary>
internal sealed class FragmentBuffer
{
    readonly StringBuilder _text = new();
    string? _wholeRun; // the run's own string, while the fragment is exactly that run's text
    double _x;
    double _width;
    TextRun? _run;

    public bool IsOpen => _run is not null;

    /// <summary>Whether text from <paramref name="run"/> joins this fragment (same style and link).</summary>
    public bool Continues(TextRun run) => _run is { } open && open.Style == run.Style && open.Link == run.Link;

    public void Start(double x, TextRun run, ReadOnlySpan<char> text, double width)
    {
        (_x, _width, _run) = (x, width, run);
        _text.Clear().Append(text);
        _wholeRun = text.SequenceEqual(run.Text) ? run.Text : null;
    }

    public void Add(ReadOnlySpan<char> text, double width)
    {
        _text.Append(text);
        _width += width;
        _wholeRun = null;
    }

    public LineFragment Close()
    {
        var run = _run ?? throw new InvalidOperationException("No fragment is open.");
        var fragment = new LineFragment(_x, _width, _wholeRun ?? _text.ToString(), run.Style, run.Link);
        Clear();
        return fragment;
    }

    /// <summary>Forgets the open fragment, if any (keeping the buffer's capacity for the next).</summary>
    public void Clear()
    {
        (_run, _wholeRun) = (null, null);
        _text.Clear();
    }
}
