using System.Text;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Rendering;

/// <summary>Renders a briefing through its templates to GitHub-flavoured Markdown (UTF-8, LF line endings, no BOM).</summary>
public sealed class MarkdownRenderer : IBriefingRenderer
{
    public string Format => "md";

    public string Extension => ".md";

    public static string Render(Briefing.Briefing briefing)
    {
        var (text, diagnostics) = briefing.Templates.Render(briefing.View);
        return text is null ? throw new BriefingRenderException(diagnostics) : Tidy(text);
    }

    public IReadOnlyList<Diagnostic> Render(Briefing.Briefing briefing, Stream output)
    {
        var bytes = new UTF8Encoding(false).GetBytes(briefing.RenderMarkdown());
        output.Write(bytes);
        return [];
    }

    /// <summary>
    /// Templates are written for legibility, so their output may carry runs of blank lines and trailing
    /// spaces; collapse them so the Markdown is lint-clean and stable whatever the template's whitespace.
    /// </summary>
    /// <remarks>
    /// One pass over the text, line by line, into one builder: splitting into line strings and trimming the
    /// result as strings copied a large briefing five times (half of what rendering allocated). Same output as
    /// CRLF → LF, trailing spaces and tabs trimmed, runs of blank lines (and leading ones) collapsed, one final LF.
    /// </remarks>
    private static string Tidy(string markdown)
    {
        // No capacity up front: the builder then grows in small chunks instead of taking one large-object-heap
        // block the size of the briefing (the result string is the only large allocation left).
        var builder = new StringBuilder();
        var blank = true; // also drops leading blank lines
        var start = 0;
        while (true)
        {
            var end = markdown.IndexOf('\n', start);
            var last = end < 0;
            end = last ? markdown.Length : end;
            var stop = !last && end > start && markdown[end - 1] == '\r' ? end - 1 : end; // CRLF → LF
            while (stop > start && markdown[stop - 1] is ' ' or '\t')
            {
                stop--;
            }

            var isBlank = stop == start;
            if (!(isBlank && blank))
            {
                builder.Append(markdown, start, stop - start).Append('\n');
                blank = isBlank;
            }

            if (last)
            {
                break;
            }

            start = end + 1;
        }

        while (builder.Length > 0 && builder[builder.Length - 1] == '\n')
        {
            builder.Length--;
        }

        return builder.Append('\n').ToString();
    }
}
