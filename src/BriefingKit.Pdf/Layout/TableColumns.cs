namespace BriefingKit.Pdf.Layout;

/// <summary>
/// Column widths from content, as HTML's automatic table layout does: each column gets at least its
/// widest word and the rest of the width goes where text would otherwise wrap. Tables narrower than
/// the text width are stretched to it, so all tables of a briefing line up.
/// </summary>
internal static class TableColumns
{
    /// <summary>A column whose longest cell fits in this share of the width is kept unwrapped.</summary>
    const double ShortColumnShare = 0.2;

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
            // Short columns (dates, codes, countries) keep their cells on one line when the long ones can
            // still have their widest words: a date broken over two lines reads worse than one more line
            // of prose. The long columns share the rest as before.
            var isShort = new bool[columns];
            double shortWidth = 0, longMin = 0, longMax = 0;
            for (int c = 0; c < columns; c++)
            {
                isShort[c] = max[c] <= width * ShortColumnShare;
                shortWidth += isShort[c] ? max[c] : 0;
                longMin += isShort[c] ? 0 : min[c];
                longMax += isShort[c] ? 0 : max[c];
            }

            if (shortWidth + longMin > width)
            {
                Array.Clear(isShort);
                shortWidth = 0;
                longMin = sumMin;
                longMax = sumMax;
            }

            double slack = longMax - longMin, spare = width - shortWidth - longMin;
            for (int c = 0; c < columns; c++)
            {
                widths[c] = isShort[c] ? max[c] : min[c] + (slack <= 0 ? 0 : spare * (max[c] - min[c]) / slack);
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
