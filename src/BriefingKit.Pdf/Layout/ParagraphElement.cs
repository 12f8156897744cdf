using System.Globalization;
using System.Runtime.InteropServices;

namespace BriefingKit.Pdf.Layout;

/// <summary>
/// A paragraph of mixed runs. Lines are broken once per width and shared by the slices a page break
/// creates; a slice is the same paragraph restricted to lines [start, end). Splits respect
/// widow/orphan control: at least <see cref="ParagraphStyle.MinLinesAtBreak"/> lines on each side.
/// </summary>
internal sealed class ParagraphElement : Element
{
    const double Epsilon = 0.001;
    readonly LineCache _cache;
    readonly int _start;
    readonly int _end; // -1: to the last line

    public ParagraphElement(IReadOnlyList<TextRun> runs, ParagraphStyle style)
        : this(new LineCache(runs), style, 0, -1)
    {
    }

    ParagraphElement(LineCache cache, ParagraphStyle style, int start, int end)
    {
        _cache = cache;
        Style = style;
        _start = start;
        _end = end;
    }

    public ParagraphStyle Style { get; }

    public IReadOnlyList<TextRun> Runs => _cache.Runs;

    public bool IsContinuation => _start > 0;

    public override double SpaceBefore => IsContinuation ? 0 : Style.SpaceBefore;

    public override double SpaceAfter => Style.SpaceAfter;

    /// <summary>This slice's lines at <paramref name="width"/>: a view of the shared lines, not a copy.</summary>
    public ReadOnlySpan<TextLine> Lines(ITextMeasurer measurer, double width)
    {
        var all = _cache.Get(measurer, width, Style.Base);
        int end = _end < 0 ? all.Count : _end;
        return CollectionsMarshal.AsSpan(all)[_start..end];
    }

    public double LineHeight(TextLine line) => Math.Max(Style.Leading, line.Ascent + line.Descent);

    public override SpacePlan Measure(LayoutContext context, double width, double height)
    {
        var lines = Lines(context.Measurer, width);
        int n = lines.Length, fit = 0;
        double used = 0;
        List<string>? notes = null; // most paragraphs cite no page-bottom note
        var ctx = context;
        foreach (var line in lines)
        {
            double lh = LineHeight(line), cost = ctx.NoteCost(line.Notes);
            if (used + lh + cost > height + Epsilon)
            {
                break;
            }

            used += lh + cost;
            var fresh = ctx.NewNotes(line.Notes);
            if (fresh.Count > 0)
            {
                (notes ??= []).AddRange(fresh);
                ctx = ctx.WithPending(fresh);
            }

            fit++;
        }

        if (fit == n)
        {
            return SpacePlan.Full(this, Height(lines), notes);
        }

        int min = context.Relaxed ? 1 : Style.MinLinesAtBreak;
        int keep = Math.Min(fit, n - min);
        if (keep < min)
        {
            string why = fit == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{Describe()} needs {LineHeight(lines[0]):0.#} pt for its first line; {height:0.#} pt are left")
                : $"{Describe()} keeps at least {min} lines together at a page break";
            return SpacePlan.Wrap(why);
        }

        var head = Slice(_start, _start + keep);
        var headNotes = NotesOf(context, lines[..keep]);
        return SpacePlan.Partial(head, Slice(_start + keep, _end), Height(lines[..keep]), headNotes);
    }

    public override double Arrange(LayoutContext context, DisplaySink sink, double x, double y, double width)
    {
        double top = y;
        var baseMetrics = context.Measurer.Vertical(Style.Base.Face, Style.Base.EffectiveSize);
        foreach (var line in Lines(context.Measurer, width))
        {
            double lh = LineHeight(line);
            double baseline = (lh - (baseMetrics.Ascent + baseMetrics.Descent)) / 2 + baseMetrics.Ascent;
            baseline = Math.Max(baseline, line.Ascent);
            double offset = Style.Align switch
            {
                TextAlign.Center => (width - line.Width) / 2,
                TextAlign.Right => width - line.Width,
                _ => 0,
            };
            sink.Add(new TextLineItem(x + offset, top, top + baseline, lh, line.Fragments));
            for (int i = 0; i < line.Fragments.Count; i++) // by index: foreach would box an enumerator
            {
                if (line.Fragments[i] is { Link: { } link } f)
                {
                    sink.Add(new LinkItem(x + offset + f.X, top, f.Width, lh, link));
                }
            }

            top += lh;
        }

        return top - y;
    }

    public override Element? DropFirstUnit()
    {
        int end = _end < 0 ? _cache.LastCount : _end;
        return _start + 1 >= end ? null : Slice(_start + 1, _end);
    }

    public override string Describe() => $"paragraph {At}";

    ParagraphElement Slice(int start, int end) => new(_cache, Style, start, end) { Source = Source };

    double Height(ReadOnlySpan<TextLine> lines)
    {
        double height = 0;
        foreach (var line in lines)
        {
            height += LineHeight(line);
        }

        return height;
    }

    static List<string>? NotesOf(LayoutContext context, ReadOnlySpan<TextLine> lines)
    {
        List<string>? notes = null;
        var ctx = context;
        foreach (var line in lines)
        {
            var fresh = ctx.NewNotes(line.Notes);
            if (fresh.Count > 0)
            {
                (notes ??= []).AddRange(fresh);
                ctx = ctx.WithPending(fresh);
            }
        }

        return notes;
    }

    /// <summary>
    /// Lines broken for the last width asked; shared by all slices of one paragraph. A list of lines is
    /// replaced, never modified, so the spans <see cref="Lines"/> hands out stay valid.
    /// </summary>
    sealed class LineCache(IReadOnlyList<TextRun> runs)
    {
        double _width = double.NaN;
        List<TextLine> _lines = [];

        public IReadOnlyList<TextRun> Runs { get; } = runs;

        public int LastCount => _lines.Count;

        public List<TextLine> Get(ITextMeasurer measurer, double width, RunStyle baseStyle)
        {
            if (width != _width)
            {
                _lines = LineBreaker.Break(Runs, width, measurer, baseStyle);
                _width = width;
            }

            return _lines;
        }
    }
}
