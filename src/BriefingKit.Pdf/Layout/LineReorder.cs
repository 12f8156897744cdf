using BriefingKit.Pdf.Layout.Bidi;

namespace BriefingKit.Pdf.Layout;

/// <summary>
/// Puts a broken line's fragments in display order (Unicode bidirectional algorithm, rule L2): lines are
/// broken in reading order, then each line with right-to-left text is split where its embedding level
/// changes and the pieces reordered, so a Hebrew or Arabic name reads right to left inside an English
/// sentence and digits inside it still read left to right. Lines without such text are left alone.
/// </summary>
internal static class LineReorder
{
    /// <summary>Reorders <paramref name="fragments"/> in place; returns the line's width afterwards.</summary>
    public static double Apply(List<LineFragment> fragments, ITextMeasurer measurer, double width)
    {
        if (!fragments.Exists(f => BidiCharacters.HasRightToLeft(f.Text)))
        {
            return width;
        }

        string text = string.Concat(fragments.Select(f => f.Text));
        var levels = new byte[text.Length];
        BidiAlgorithm.ResolveLevels(text, 0, levels);

        var pieces = new List<LineFragment>();
        var pieceLevels = new List<byte>();
        int at = 0;
        foreach (var f in fragments)
        {
            for (int start = 0; start < f.Text.Length;)
            {
                byte level = levels[at + start];
                int end = start + 1;
                while (end < f.Text.Length && levels[at + end] == level)
                {
                    end++;
                }

                bool whole = start == 0 && end == f.Text.Length;
                string part = whole ? f.Text : f.Text[start..end];
                double w = whole ? f.Width : measurer.Width(part, f.Style.Face, f.Style.EffectiveSize);
                pieces.Add(f with { Text = part, Width = w, RightToLeft = (level & 1) == 1 });
                pieceLevels.Add(level);
                start = end;
            }

            at += f.Text.Length;
        }

        fragments.Clear();
        double x = 0;
        foreach (int i in BidiAlgorithm.VisualOrder(pieceLevels.ToArray()))
        {
            fragments.Add(pieces[i] with { X = x });
            x += pieces[i].Width;
        }

        return x;
    }
}
