using System.Text;

namespace BriefingKit.Pdf.Layout;

/// <summary>
/// Fills lines greedily with the words of a <see cref="WordScanner"/>: a word joins the current line
/// when it fits with the space before it, else starts the next line. A word wider than a whole line
/// (a long URL) is broken after '/', '-', '.', '?', '&amp;', '=' and the like or, failing that,
/// between characters, so nothing ever runs past the right edge. Works in the lists of a
/// <see cref="BreakScratch"/>; only the lines it returns are new.
/// </summary>
internal sealed class LineBuilder(ITextMeasurer measurer, double width, RunStyle baseStyle, BreakScratch scratch)
{
    const double Epsilon = 0.001;
    const string SoftBreakAfter = "/-.?&=_,;:\u2013\u2014";

    readonly List<LineFragment> _fragments = scratch.Fragments;
    readonly FragmentBuffer _open = scratch.Open;
    readonly List<string> _notes = scratch.Notes;
    readonly List<Glyph> _glyphs = scratch.Glyphs;
    double _x;

    public List<TextLine> Lines { get; } = [];

    bool LineHasText => _open.IsOpen || _fragments.Count > 0;

    public void Place(WordScanner word)
    {
        if (word.IsBreak)
        {
            Finish(force: true);
            return;
        }

        double wordWidth = word.Width;
        double space = LineHasText && word.SpaceBefore is { } sp ? measurer.Width(" ", sp.Style.Face, sp.Style.EffectiveSize) : 0;
        if (LineHasText && _x + space + wordWidth > width + Epsilon)
        {
            Finish(force: false);
            space = 0;
        }

        if (wordWidth > width + Epsilon)
        {
            PlaceOversized(word.Pieces);
            return;
        }

        if (space > 0)
        {
            Append(" ", word.SpaceBefore!, space);
        }

        foreach (var piece in word.Pieces)
        {
            Append(piece.Text, piece.Run, piece.Width);
        }
    }

    /// <summary>Ends the current line; an empty one only when <paramref name="force"/>d (hard breaks).</summary>
    public void Finish(bool force)
    {
        if (_open.IsOpen)
        {
            _fragments.Add(_open.Close());
        }

        if (_fragments.Count == 0 && !force)
        {
            return;
        }

        _x = LineReorder.Apply(_fragments, measurer, _x);

        double ascent = 0, descent = 0;
        if (_fragments.Count == 0)
        {
            Extend(baseStyle, ref ascent, ref descent);
        }

        foreach (var f in _fragments)
        {
            Extend(f.Style, ref ascent, ref descent);
        }

        Lines.Add(new TextLine(_fragments.ToArray(), _x, ascent, descent, _notes.Count == 0 ? [] : _notes.ToArray()));
        _fragments.Clear();
        _notes.Clear();
        _x = 0;
    }

    void Extend(RunStyle style, ref double ascent, ref double descent)
    {
        var vm = measurer.Vertical(style.Face, style.EffectiveSize);
        ascent = Math.Max(ascent, vm.Ascent + style.Rise);
        descent = Math.Max(descent, vm.Descent - style.Rise);
    }

    // Splits a word wider than the line at the last good break point that fits, line after line.
    void PlaceOversized(List<WordPiece> pieces)
    {
        _glyphs.Clear();
        Span<char> chars = stackalloc char[2];
        foreach (var piece in pieces)
        {
            foreach (var rune in piece.Text.EnumerateRunes())
            {
                _glyphs.Add(new Glyph(rune, piece.Run, measurer.Width(Chars(rune, chars), piece.Run.Style.Face, piece.Run.Style.EffectiveSize)));
            }
        }

        int start = 0;
        while (start < _glyphs.Count)
        {
            double room = width - _x, used = 0;
            int fit = start, soft = -1;
            while (fit < _glyphs.Count && used + _glyphs[fit].Width <= room + Epsilon)
            {
                used += _glyphs[fit].Width;
                if (_glyphs[fit].IsSoftBreak)
                {
                    soft = fit + 1;
                }

                fit++;
            }

            int end = fit == _glyphs.Count ? fit : soft > start ? soft : Math.Max(fit, start + 1);
            for (int i = start; i < end; i++)
            {
                var g = _glyphs[i];
                Append(Chars(g.Rune, chars), g.Run, g.Width);
            }

            start = end;
            if (start < _glyphs.Count)
            {
                Finish(force: false);
            }
        }
    }

    void Append(ReadOnlySpan<char> text, TextRun run, double w)
    {
        if (run.FootnoteLabel is { } label && !_notes.Contains(label))
        {
            _notes.Add(label);
        }

        if (_open.Continues(run))
        {
            _open.Add(text, w);
        }
        else
        {
            if (_open.IsOpen)
            {
                _fragments.Add(_open.Close());
            }

            _open.Start(_x, run, text, w);
        }

        _x += w;
    }

    /// <summary>The UTF-16 text of a rune (U+FFFD for a lone surrogate, as rune enumeration gives).</summary>
    static ReadOnlySpan<char> Chars(Rune rune, Span<char> buffer) => buffer[..rune.EncodeToUtf16(buffer)];

    /// <summary>One character of an oversized word, measured on its own.</summary>
    internal readonly record struct Glyph(Rune Rune, TextRun Run, double Width)
    {
        public bool IsSoftBreak => Rune.IsBmp && SoftBreakAfter.Contains((char)Rune.Value, StringComparison.Ordinal);
    }
}
