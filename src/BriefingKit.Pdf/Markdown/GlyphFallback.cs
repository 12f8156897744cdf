using System.Buffers;
using System.Globalization;
using System.Text;
using BriefingKit.Pdf.Fonts;
using BriefingKit.Pdf.Layout;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Pdf.Markdown;

/// <summary>
/// Makes every character printable: a character missing from a run's face is set in the fallback
/// face (serif → sans) when that has it, else in a fallback file (Noto, the CJK font) found for its
/// script; text of a script that must be shaped (Arabic, Hebrew, Devanagari...) always goes to a
/// shaping file. Spaces between two characters set in the same fallback file stay with them, so a
/// phrase is shaped as one. A character no font has is replaced by U+FFFD and reported as BK6001,
/// naming the character, its code point and what to install, instead of PDFsharp's silent empty box.
/// </summary>
internal static class GlyphFallback
{
    // U+0000–U+007E: controls and printable ASCII (DEL is neither exempt nor always covered).
    static readonly SearchValues<char> AsciiChars = SearchValues.Create([.. Enumerable.Range(0, 0x7F).Select(c => (char)c)]);

    /// <summary>
    /// The runs with missing characters split off or replaced. Nearly every run is fully covered by
    /// its face, so those are kept as they are, and the list itself is returned when all are.
    /// </summary>
    public static List<TextRun> Apply(List<TextRun> runs, BuildContext context, TextSpan span)
    {
        List<TextRun>? result = null; // made on the first run that needs a split
        for (int i = 0; i < runs.Count; i++)
        {
            if (Printable(runs[i], context))
            {
                result?.Add(runs[i]);
                continue;
            }

            result ??= runs.GetRange(0, i);
            Split(runs[i], context, span, result);
        }

        return result ?? runs;
    }

    /// <summary>True when <see cref="Split"/> would give back the run's own text in its own style.</summary>
    static bool Printable(TextRun run, BuildContext context)
    {
        if (run.HardBreak)
        {
            return true;
        }

        var face = run.Style.Face;
        bool ascii = context.CoversAscii(face);
        var rest = run.Text.AsSpan();
        while (!rest.IsEmpty)
        {
            // Most text is ASCII: when the face has all of it, only the other characters are looked up.
            int next = ascii ? rest.IndexOfAnyExcept(AsciiChars) : 0;
            if (next < 0)
            {
                return true;
            }

            rest = rest[next..];

            // A lone surrogate is decoded as U+FFFD by the split, which changes the text.
            if (Rune.DecodeFromUtf16(rest, out var rune, out int used) != OperationStatus.Done
                || !(Exempt(rune) || (context.Glyphs.Covers(face, rune.Value) && !Scripts.NeedsShaping(rune.Value))))
            {
                return false;
            }

            rest = rest[used..];
        }

        return true;
    }

    // Control characters and spaces are never drawn as glyphs, so a face need not have them.
    static bool Exempt(Rune rune) => rune.Value < 0x20 || Rune.IsWhiteSpace(rune);

    /// <summary>Splits a run at every change of face; characters no face has are replaced and reported.</summary>
    static void Split(TextRun run, BuildContext context, TextSpan span, List<TextRun> result)
    {
        var sb = new StringBuilder(run.Text.Length);
        var spaces = new StringBuilder();
        RunStyle? current = null;
        foreach (var rune in run.Text.EnumerateRunes())
        {
            if (Exempt(rune) && current is { Face.Shaped: > 0 })
            {
                spaces.Append(rune.ToString()); // joins the fallback text if the next character is in it too
                continue;
            }

            var style = StyleFor(run.Style, rune, context, span, out string text);
            if (current is not null && style != current)
            {
                Flush(run, current, sb, result);
                if (spaces.Length > 0)
                {
                    current = run.Style;
                    sb.Append(spaces);
                    spaces.Clear();
                    if (style != current)
                    {
                        Flush(run, current, sb, result);
                    }
                }
            }

            current = style;
            sb.Append(spaces).Append(text);
            spaces.Clear();
        }

        if (spaces.Length > 0 && current is not null)
        {
            Flush(run, current, sb, result);
            current = run.Style;
            sb.Append(spaces);
        }

        result.Add(run with { Text = sb.ToString(), Style = current ?? run.Style });
    }

    static void Flush(TextRun run, RunStyle style, StringBuilder text, List<TextRun> result)
    {
        if (text.Length > 0)
        {
            result.Add(run with { Text = text.ToString(), Style = style });
            text.Clear();
        }
    }

    static RunStyle StyleFor(RunStyle style, Rune rune, BuildContext context, TextSpan span, out string text)
    {
        text = rune.ToString();
        int cp = rune.Value;
        if (Exempt(rune))
        {
            return style;
        }

        bool shaped = Scripts.NeedsShaping(cp);
        if (!shaped && context.Glyphs.Covers(style.Face, cp))
        {
            return style;
        }

        if (!shaped && style.Face.Fallback is { } fallback && context.Glyphs.Covers(fallback, cp))
        {
            return style with { Face = fallback };
        }

        if (context.Glyphs.ShapingFontFor(style.Face, cp) is > 0 and int file)
        {
            return style with { Face = style.Face with { Shaped = file } };
        }

        if (shaped && context.Glyphs.Covers(style.Face, cp))
        {
            return style; // no file to shape it in: drawn as the face has it, unshaped
        }

        text = context.Glyphs.Covers(style.Face, 0xFFFD) ? "\uFFFD" : "?";
        context.Diagnostics.Report(
            Codes.PdfMissingGlyph,
            span,
            rune.ToString(),
            cp.ToString("X4", CultureInfo.InvariantCulture),
            style.Face.FileName.Replace(".ttf", "", StringComparison.Ordinal),
            text,
            context.Glyphs.Advice(cp));
        return style;
    }
}
