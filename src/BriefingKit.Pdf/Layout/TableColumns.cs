namespace BriefingKit.Pdf.Layout;

/// <summary>
/// Column widths from content, as HTML's automatic table layout does: each column gets at least its
/// widest word and the rest of the width goes where text would otherwise wrap. Tables narrower than
/// the text width are stretched to it, so all tables of a briefing line up.
/// </summary>
internal static class TableColumns
{
    public static (double[] Widths, bool TooWide) Compute(IReadOnlyList<IReadOnlyList<Element>> rows, int columns, double width, double padX, ITextMeasurer measurer)
    {
        var min = new double[columns];
        var max = new double[columns];
        foreach (var row in rows)
        {
            for (int c = 0; c < columns && c < row.Count; c++)
            {
                if (row[c] is ParagraphElement p)
                {
                    var (cellMin, cellMax) = LineBreaker.ContentWidths(p.Runs, measurer);

                    // A single very long word (a URL) should break rather than starve the other columns.
                    min[c] = Math.Max(min[c], Math.Min(cellMin, width * 0.3));
                    max[c] = Math.Max(max[c], cellMax);
                }
            }
        }

        for (int c = 0; c < columns; c++)
        {
            min[c] += 2 * padX;
            max[c] = Math.Max(max[c] + (2 * padX), min[c]);
        }

        double sumMin = min.Sum(), sumMax = max.Sum();
        var widths = new double[columns];
        if (sumMax <= width)
        {
            for (int c = 0; c < columns; c++)
            {
                widths[c] = max[c] + ((width - sumMax) * max[c] / sumMax);
            }

            return (widths, false);
        }

        if (sumMin <= width)
        {
            double slack = sumMax - sumMin;
            for (int c = 0; c < columns; c++)
            {
                widths[c] = min[c] + (slack <= 0 ? 0 : (width - sumMin) * (max[c] - min[c]) / slack);
            }

            return (widths, false);
        }

        for (int c = 0; c < columns; c++)
        {
            widths[c] = width * min[c] / sumMin;
        }

        return (widths, true);
    }
}
