using System.Globalization;
using System.Text;
using BriefingKit.Pdf.Layout;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Pdf.Markdown;

/// <summary>
/// Makes every character printable: a character missing from a run's face is set in the fallback
/// face (serif → sans) when that has it; otherwise it is replaced by U+FFFD and reported as BK6001
/// naming the character and its code point, instead of PDFsharp's silent empty box.
/// </summary>
internal static class GlyphFallback
{
    public static List<TextRun> Apply(IEnumerable<TextRun> runs, BuildContext context, TextSpan span)
    {
        var result = new List<TextRun>();
        foreach (var run in runs)
        {
            if (run.HardBreak || run.Text.Length == 0)
            {
                result.Add(run);
                continue;
            }

            var sb = new StringBuilder();
            RunStyle? current = null;
            foreach (var rune in run.Text.EnumerateRunes())
            {
                var style = StyleFor(run.Style, rune, context, span, out string text);
                if (current is not null && style != current)
                {
                    result.Add(run with { Text = sb.ToString(), Style = current });
                    sb.Clear();
                }

                current = style;
                sb.Append(text);
            }

            result.Add(run with { Text = sb.ToString(), Style = current ?? run.Style });
        }

        return result;
    }

    static RunStyle StyleFor(RunStyle style, Rune rune, BuildContext context, TextSpan span, out string text)
    {
        text = rune.ToString();
        int cp = rune.Value;
        if (cp < 0x20 || Rune.IsWhiteSpace(rune) || context.Glyphs.Covers(style.Face, cp))
        {
            return style;
        }

        if (style.Face.Fallback is { } fallback && context.Glyphs.Covers(fallback, cp))
        {
            return style with { Face = fallback };
        }

        text = context.Glyphs.Covers(style.Face, 0xFFFD) ? "\uFFFD" : "?";
        context.Diagnostics.Report(
            Codes.PdfMissingGlyph,
            span,
            rune.ToString(),
            cp.ToString("X4", CultureInfo.InvariantCulture),
            style.Face.FileName.Replace(".ttf", "", StringComparison.Ordinal),
            text);
        return style;
    }
}
