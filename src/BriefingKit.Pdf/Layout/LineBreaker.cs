using System.Text;

namespace BriefingKit.Pdf.Layout;

/// <summary>
/// Greedy first-fit line breaking of styled runs, measured with real font metrics. Breaks at spaces;
/// a word wider than the whole line (a long URL) is broken after '/', '-', '.', '?', '&amp;', '=' or,
/// failing that, between characters, so nothing ever runs past the right edge.
/// </summary>
internal static class LineBreaker
{
    const double Epsilon = 0.001;
    const string SoftBreakAfter = "/-.?&=_,;:\u2013\u2014";

    public static List<TextLine> Break(IReadOnlyList<TextRun> runs, double width, ITextMeasurer measurer, RunStyle baseStyle)
    {
        var builder = new Builder(measurer, width, baseStyle);
        foreach (var word in Tokenize(runs))
        {
            builder.Place(word);
        }

        builder.Finish(force: false);
        return builder.Lines;
    }

    /// <summary>Widest unbreakable word (the least width a column can have without breaking words).</summary>
    public static double MinContentWidth(IReadOnlyList<TextRun> runs, ITextMeasurer measurer) =>
        Tokenize(runs).Where(w => !w.IsBreak).Select(w => w.Width(measurer)).DefaultIfEmpty(0).Max();

    /// <summary>Width of the widest forced line when nothing wraps.</summary>
    public static double MaxContentWidth(IReadOnlyList<TextRun> runs, ITextMeasurer measurer, RunStyle baseStyle) =>
        Break(runs, double.MaxValue / 4, measurer, baseStyle).Select(l => l.Width).DefaultIfEmpty(0).Max();

    static List<Word> Tokenize(IReadOnlyList<TextRun> runs)
    {
        var words = new List<Word>();
        Word? current = null;
        TextRun? pendingSpace = null;
        foreach (var run in runs)
        {
            if (run.HardBreak)
            {
                Flush();
                words.Add(Word.Break);
                pendingSpace = null;
                continue;
            }

            string text = run.Text;
            int i = 0;
            while (i < text.Length)
            {
                if (IsSpace(text[i]))
                {
                    Flush();
                    if (words.Count > 0 && !words[^1].IsBreak)
                    {
                        pendingSpace ??= run;
                    }

                    i++;
                    continue;
                }

                int j = i;
                while (j < text.Length && !IsSpace(text[j]))
                {
                    j++;
                }

                current ??= new Word(pendingSpace);
                pendingSpace = null;
                current.Segments.Add(new Segment(text[i..j], run));
                i = j;
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (current is not null)
            {
                words.Add(current);
                current = null;
            }
        }
    }

    static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    sealed record Segment(string Text, TextRun Run);

    sealed class Word(TextRun? spaceBefore)
    {
        public static Word Break { get; } = new(null) { IsBreak = true };

        public TextRun? SpaceBefore { get; } = spaceBefore;

        public List<Segment> Segments { get; } = [];

        public bool IsBreak { get; private init; }

        public double Width(ITextMeasurer m) =>
            Segments.Sum(s => m.Width(s.Text, s.Run.Style.Face, s.Run.Style.EffectiveSize));
    }

    sealed class Builder(ITextMeasurer measurer, double width, RunStyle baseStyle)
    {
        readonly List<LineFragment> _fragments = [];
        readonly List<string> _notes = [];
        double _x;

        public List<TextLine> Lines { get; } = [];

        public void Place(Word word)
        {
            if (word.IsBreak)
            {
                Finish(force: true);
                return;
            }

            double wordWidth = word.Width(measurer);
            double space = _fragments.Count > 0 && word.SpaceBefore is { } sp ? measurer.Width(" ", sp.Style.Face, sp.Style.EffectiveSize) : 0;
            if (_fragments.Count > 0 && _x + space + wordWidth > width + Epsilon)
            {
                Finish(force: false);
                space = 0;
            }

            if (wordWidth > width + Epsilon)
            {
                PlaceOversized(word);
                return;
            }

            if (space > 0)
            {
                Append(" ", word.SpaceBefore!, space);
            }

            foreach (var seg in word.Segments)
            {
                Append(seg.Text, seg.Run, measurer.Width(seg.Text, seg.Run.Style.Face, seg.Run.Style.EffectiveSize));
            }
        }

        public void Finish(bool force)
        {
            if (_fragments.Count == 0 && !force)
            {
                return;
            }

            double ascent = 0, descent = 0;
            foreach (var f in _fragments.Count == 0 ? [new LineFragment(0, 0, "", baseStyle, null)] : _fragments)
            {
                var vm = measurer.Vertical(f.Style.Face, f.Style.EffectiveSize);
                ascent = Math.Max(ascent, vm.Ascent + f.Style.Rise);
                descent = Math.Max(descent, vm.Descent - f.Style.Rise);
            }

            Lines.Add(new TextLine([.. _fragments], _x, ascent, descent, [.. _notes]));
            _fragments.Clear();
            _notes.Clear();
            _x = 0;
        }

        // Splits a word wider than the line at the last good break point that fits, line after line.
        void PlaceOversized(Word word)
        {
            var chars = new List<(string Text, TextRun Run, double Width)>();
            foreach (var seg in word.Segments)
            {
                foreach (var rune in seg.Text.EnumerateRunes())
                {
                    string s = rune.ToString();
                    chars.Add((s, seg.Run, measurer.Width(s, seg.Run.Style.Face, seg.Run.Style.EffectiveSize)));
                }
            }

            int start = 0;
            while (start < chars.Count)
            {
                double room = width - _x, used = 0;
                int fit = start, soft = -1;
                while (fit < chars.Count && used + chars[fit].Width <= room + Epsilon)
                {
                    used += chars[fit].Width;
                    if (SoftBreakAfter.Contains(chars[fit].Text, StringComparison.Ordinal))
                    {
                        soft = fit + 1;
                    }

                    fit++;
                }

                int end = fit == chars.Count ? fit : soft > start ? soft : Math.Max(fit, start + 1);
                for (int i = start; i < end; i++)
                {
                    Append(chars[i].Text, chars[i].Run, chars[i].Width);
                }

                start = end;
                if (start < chars.Count)
                {
                    Finish(force: false);
                }
            }
        }

        void Append(string text, TextRun run, double w)
        {
            if (run.FootnoteLabel is { } label && !_notes.Contains(label))
            {
                _notes.Add(label);
            }

            if (_fragments.Count > 0 && _fragments[^1] is var last && last.Style == run.Style && last.Link == run.Link)
            {
                _fragments[^1] = last with { Text = last.Text + text, Width = last.Width + w };
            }
            else
            {
                _fragments.Add(new LineFragment(_x, w, text, run.Style, run.Link));
            }

            _x += w;
        }
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
