namespace BriefingKit.Pdf.Layout;

/// <summary>A measured stretch of one run's text without spaces; a word is one or more of these.</summary>
internal readonly record struct WordPiece(TextRun Run, int Start, int Length, double Width)
{
    public ReadOnlySpan<char> Text => Run.Text.AsSpan(Start, Length);
}

/// <summary>
/// Splits runs into words for line breaking, one word at a time and without copying text. A word is
/// text between spaces and may span runs ("**bold**," is one word in two styles); runs of spaces
/// collapse into the one space before the next word, which takes the style of the run it started in.
/// A hard break is a word of its own. The current word lives in reused fields (its pieces in
/// <paramref name="pieces"/>), valid until the next call to <see cref="Next"/>.
/// </summary>
internal sealed class WordScanner(IReadOnlyList<TextRun> runs, ITextMeasurer measurer, List<WordPiece> pieces)
{
    int _run;
    int _pos;
    TextRun? _pendingSpace;
    bool _afterWord; // the last thing returned was a word (not a break, not nothing yet)

    public List<WordPiece> Pieces { get; } = pieces;

    /// <summary>The run whose space precedes this word, or null (first on its line, or glued).</summary>
    public TextRun? SpaceBefore { get; private set; }

    public bool IsBreak { get; private set; }

    /// <summary>The sum of the pieces' widths, added in order.</summary>
    public double Width { get; private set; }

    /// <summary>Moves to the next word or hard break; false at the end of the runs.</summary>
    public bool Next()
    {
        Pieces.Clear();
        SpaceBefore = null;
        IsBreak = false;
        Width = 0;
        for (; _run < runs.Count; _run++, _pos = 0)
        {
            var run = runs[_run];
            if (run.HardBreak)
            {
                if (Pieces.Count > 0)
                {
                    return EndWord(); // the break comes next time
                }

                (_run, _pos) = (_run + 1, 0);
                (_pendingSpace, _afterWord, IsBreak) = (null, false, true);
                return true;
            }

            string text = run.Text;
            if (_pos == 0 && Pieces.Count > 0 && text.Length > 0 && BreaksAtRunStart(text))
            {
                return EndWord(); // a break opportunity between runs (ideographs in two styles)
            }

            while (_pos < text.Length)
            {
                if (IsSpace(text[_pos]))
                {
                    if (Pieces.Count > 0)
                    {
                        return EndWord(); // the space is read next time, after the word
                    }

                    if (_afterWord)
                    {
                        _pendingSpace ??= run;
                    }

                    _pos++;
                    continue;
                }

                int end = _pos + 1;
                while (end < text.Length && !IsSpace(text[end]) && !LineBreakRules.Before(text, end))
                {
                    end++;
                }

                if (Pieces.Count == 0)
                {
                    SpaceBefore = _pendingSpace;
                }

                _pendingSpace = null;
                double width = measurer.Width(text.AsSpan(_pos, end - _pos), run.Style.Face, run.Style.EffectiveSize);
                Pieces.Add(new WordPiece(run, _pos, end - _pos, width));
                Width += width;
                _pos = end;
                if (end < text.Length && !IsSpace(text[end]))
                {
                    return EndWord(); // ideographs: the line may break here with no space between
                }
            }
        }

        return Pieces.Count > 0 && EndWord();
    }

    bool BreaksAtRunStart(string text)
    {
        var last = Pieces[^1].Text;
        if (IsSpace(text[0]) || last.IsEmpty)
        {
            return false;
        }

        Span<char> pair = stackalloc char[4];
        int n = char.IsLowSurrogate(last[^1]) && last.Length >= 2 ? 2 : 1;
        last[^n..].CopyTo(pair);
        int m = char.IsHighSurrogate(text[0]) && text.Length >= 2 ? 2 : 1;
        text.AsSpan(0, m).CopyTo(pair[n..]);
        return LineBreakRules.Before(pair[..(n + m)], n);
    }

    bool EndWord()
    {
        _afterWord = true;
        return true;
    }

    static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r';
}
