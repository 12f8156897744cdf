using System.Globalization;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Pdf.Layout;

/// <summary>Look of a table.</summary>
internal sealed record TableStyle(double PadX, double PadY, Rgb HeaderFill, Rgb HeaderRule, Rgb RowRule, Rgb? Zebra, double SpaceBefore, double SpaceAfter);

/// <summary>A table row: one element per column; <see cref="Index"/> counts body rows across page breaks.</summary>
internal sealed record TableRow(IReadOnlyList<Element> Cells, int Index);

/// <summary>
/// A table whose rows move to the next page whole when they can, whose header rows repeat on every
/// page, and whose rows split by lines only when a single row is taller than a page. A header is
/// never left alone at a page end.
/// </summary>
internal sealed class TableElement : Element
{
    const double Epsilon = 0.001;
    readonly Geometry _geometry;

    public TableElement(IReadOnlyList<TableRow> header, IReadOnlyList<TableRow> body, int columns, TableStyle style)
        : this(header, body, style, new Geometry(columns, [.. header, .. body]))
    {
    }

    TableElement(IReadOnlyList<TableRow> header, IReadOnlyList<TableRow> body, TableStyle style, Geometry geometry)
    {
        Header = header;
        Body = body;
        Style = style;
        _geometry = geometry;
    }

    public IReadOnlyList<TableRow> Header { get; }

    public IReadOnlyList<TableRow> Body { get; }

    public TableStyle Style { get; }

    public bool IsContinuation { get; private init; }

    public override double SpaceBefore => IsContinuation ? 0 : Style.SpaceBefore;

    public override double SpaceAfter => Style.SpaceAfter;

    public override SpacePlan Measure(LayoutContext context, double width, double height)
    {
        var widths = Widths(context, width);
        double used = 0;
        for (int r = 0; r < Header.Count; r++)
        {
            used += RowHeight(context, Header[r], widths);
        }

        if (used > height + Epsilon)
        {
            return SpacePlan.Wrap($"{Describe()}: the header row does not fit");
        }

        List<string>? notes = null;
        var ctx = context;
        double withNotes = used;
        int fit = 0;
        for (int r = 0; r < Body.Count; r++)
        {
            var row = Body[r];
            double rh = RowHeight(context, row, widths);
            var labels = RowNotes(context, row, widths);
            double cost = ctx.NoteCost(labels);
            if (withNotes + rh + cost > height + Epsilon)
            {
                break;
            }

            var fresh = ctx.NewNotes(labels);
            if (fresh.Count > 0)
            {
                (notes ??= []).AddRange(fresh);
                ctx = ctx.WithPending(fresh);
            }

            used += rh;
            withNotes += rh + cost;
            fit++;
        }

        if (fit == Body.Count)
        {
            return SpacePlan.Full(this, used, notes);
        }

        if (fit > 0)
        {
            // No widowed row: a continuation page gets at least two rows when this page can spare one.
            if (Body.Count - fit == 1 && fit >= 3 && !context.Relaxed)
            {
                // Re-measure with just less room than the rows placed so far: the last of them moves over.
                return Measure(context, width, withNotes - RowHeight(context, Body[fit - 1], widths) - Epsilon);
            }

            return SpacePlan.Partial(With([.. Body.Take(fit)], false), With([.. Body.Skip(fit)], true), used, notes);
        }

        if (!context.AtPageTop && !context.Relaxed)
        {
            return SpacePlan.Wrap(string.Create(CultureInfo.InvariantCulture, $"{Describe()}: its next row needs {RowHeight(context, Body[0], widths):0.#} pt, {height - used:0.#} pt are left"));
        }

        return SplitFirstRow(context, widths, height - used, used);
    }

    public override double Arrange(LayoutContext context, DisplaySink sink, double x, double y, double width)
    {
        var widths = Widths(context, width);
        double top = y;
        for (int r = 0; r < Header.Count; r++)
        {
            var row = Header[r];
            double h = RowHeight(context, row, widths);
            sink.Add(new RectItem(x, top, width, h, Style.HeaderFill));
            ArrangeCells(context, sink, row, widths, x, top);
            top += h;
        }

        if (Header.Count > 0)
        {
            sink.Add(new RuleItem(x, top, x + width, top, 0.8, Style.HeaderRule));
        }

        for (int r = 0; r < Body.Count; r++)
        {
            var row = Body[r];
            double h = RowHeight(context, row, widths);
            if (Style.Zebra is { } zebra && row.Index % 2 == 1)
            {
                sink.Add(new RectItem(x, top, width, h, zebra));
            }

            ArrangeCells(context, sink, row, widths, x, top);
            top += h;
            sink.Add(new RuleItem(x, top, x + width, top, 0.3, Style.RowRule));
        }

        return top - y;
    }

    public override Element? DropFirstUnit() => Body.Count <= 1 ? null : With([.. Body.Skip(1)], true);

    public override string Describe() => $"table {At}";

    SpacePlan SplitFirstRow(LayoutContext context, double[] widths, double left, double headerHeight)
    {
        var row = Body[0];
        var heads = new List<Element>();
        var rests = new List<Element>();
        var notes = new List<string>();
        var ctx = context.AsRelaxed();
        double tallest = 0;
        for (int c = 0; c < row.Cells.Count; c++)
        {
            var cell = row.Cells[c];
            var plan = cell.Measure(ctx, widths[c] - (2 * Style.PadX), left - (2 * Style.PadY));
            var empty = new ParagraphElement([], (cell as ParagraphElement)?.Style ?? EmptyStyle);
            (Element head, Element rest) = plan.Kind switch
            {
                SpacePlanKind.Full => (cell, (Element)empty),
                SpacePlanKind.Partial => (plan.Head!, plan.Remainder!),
                _ => (empty, cell),
            };
            heads.Add(head);
            rests.Add(rest);
            tallest = Math.Max(tallest, plan.Height);
            notes.AddRange(plan.Notes.Where(n => !notes.Contains(n)));
        }

        if (tallest <= 0)
        {
            return SpacePlan.Wrap($"{Describe()}: not one line of its row fits on a page");
        }

        var headRow = new TableRow(heads, row.Index);
        var restRow = new TableRow(rests, row.Index);
        return SpacePlan.Partial(
            With([headRow], false),
            With([restRow, .. Body.Skip(1)], true),
            headerHeight + tallest + (2 * Style.PadY),
            notes);
    }

    static ParagraphStyle EmptyStyle { get; } = new(new RunStyle(default, 8, Rgb.Black), 10);

    TableElement With(IReadOnlyList<TableRow> body, bool continuation) =>
        new(Header, body, Style, _geometry) { Source = Source, IsContinuation = continuation || IsContinuation };

    void ArrangeCells(LayoutContext context, DisplaySink sink, TableRow row, double[] widths, double x, double top)
    {
        double cx = x;
        for (int c = 0; c < widths.Length; c++)
        {
            if (c < row.Cells.Count)
            {
                row.Cells[c].Arrange(context, sink, cx + Style.PadX, top + Style.PadY, widths[c] - (2 * Style.PadX));
            }

            cx += widths[c];
        }
    }

    double RowHeight(LayoutContext context, TableRow row, double[] widths)
    {
        double h = 0;
        for (int c = 0; c < row.Cells.Count && c < widths.Length; c++)
        {
            h = Math.Max(h, row.Cells[c].Measure(context.ForNotes(), widths[c] - (2 * Style.PadX), double.MaxValue / 4).Height);
        }

        return h + (2 * Style.PadY);
    }

    IReadOnlyList<string> RowNotes(LayoutContext context, TableRow row, double[] widths)
    {
        List<string>? labels = null; // most rows cite nothing
        for (int c = 0; c < row.Cells.Count && c < widths.Length; c++)
        {
            if (row.Cells[c] is ParagraphElement p)
            {
                foreach (var line in p.Lines(context.Measurer, widths[c] - (2 * Style.PadX)))
                {
                    for (int i = 0; i < line.Notes.Count; i++)
                    {
                        if (labels is null || !labels.Contains(line.Notes[i]))
                        {
                            (labels ??= []).Add(line.Notes[i]);
                        }
                    }
                }
            }
        }

        if (labels is null)
        {
            return [];
        }

        return labels;
    }

    double[] Widths(LayoutContext context, double width)
    {
        var (widths, tooWide) = _geometry.Get(context.Measurer, width, Style.PadX);
        if (tooWide)
        {
            context.Diagnostics?.Report(Codes.PdfTableTooWide, Source, _geometry.Columns, width);
        }

        return widths;
    }

    /// <summary>Column widths shared by a table and all its page fragments, so columns line up across pages.</summary>
    sealed class Geometry(int columns, IReadOnlyList<TableRow> allRows)
    {
        double _width = double.NaN;
        (double[] Widths, bool TooWide) _result;

        public int Columns { get; } = columns;

        public (double[] Widths, bool TooWide) Get(ITextMeasurer measurer, double width, double padX)
        {
            if (width != _width)
            {
                _result = TableColumns.Compute([.. allRows.Select(r => r.Cells)], Columns, width, padX, measurer);
                _width = width;
            }

            return _result;
        }
    }
}
