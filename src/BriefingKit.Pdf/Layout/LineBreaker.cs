using System.Text;

namespace BriefingKit.Pdf.Layout;

/// <summary>
/// Greedy first-fit line breaking of styled runs, measured with real font metrics: words come from a
/// <see cref="WordScanner"/>, lines from a <see cref="LineBuilder"/>. Each word is measured once, as a
/// slice of its run's text, so breaking allocates little beyond the lines it returns.
/// </summary>
internal static class LineBreaker
{
    public static List<TextLine> Break(IReadOnlyList<TextRun> runs, double width, ITextMeasurer measurer, RunStyle baseStyle)
    {
        var scratch = BreakScratch.Rent();
        try
        {
            var words = new WordScanner(runs, measurer, scratch.Pieces);
            var builder = new LineBuilder(measurer, width, baseStyle, scratch);
            while (words.Next())
            {
                builder.Place(words);
            }

            builder.Finish(force: false);
            return builder.Lines;
        }
        finally
        {
            scratch.Return();
        }
    }

    /// <summary>
    /// The least width a column needs without breaking words (its widest word), and the width of its
    /// widest forced line when nothing wraps: what <see cref="Break"/> gives at an unbounded width,
    /// found without building lines.
    /// </summary>
    public static (double Min, double Max) ContentWidths(IReadOnlyList<TextRun> runs, ITextMeasurer measurer)
    {
        var scratch = BreakScratch.Rent();
        try
        {
            return ContentWidths(new WordScanner(runs, measurer, scratch.Pieces), measurer);
        }
        finally
        {
            scratch.Return();
        }
    }

    static (double Min, double Max) ContentWidths(WordScanner words, ITextMeasurer measurer)
    {
        double widestWord = 0, widestLine = 0, x = 0;
        bool lineHasText = false;
        while (words.Next())
        {
            if (words.IsBreak)
            {
                (widestLine, x, lineHasText) = (Math.Max(widestLine, x), 0, false);
                continue;
            }

            widestWord = Math.Max(widestWord, words.Width);

            // The same additions, in the same order, as placing the word on an endless line.
            if (lineHasText && words.SpaceBefore is { } sp)
            {
                x += measurer.Width(" ", sp.Style.Face, sp.Style.EffectiveSize);
            }

            foreach (var piece in words.Pieces)
            {
                x += piece.Width;
            }

            lineHasText = true;
        }

        return (widestWord, lineHasText ? Math.Max(widestLine, x) : widestLine);
    }

    /// <summary>Plain text of runs, for titles and the outline.</summary>
    public static string PlainText(IEnumerable<TextRun> runs)
    {
        var sb = new StringBuilder();
        foreach (var r in runs)
        {
            sb.Append(r.HardBreak ? " " : r.Text);
        }

        return sb.ToString().Trim();
    }
}
