using System.Text;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Rendering;

/// <summary>Renders a briefing through its templates to GitHub-flavoured Markdown (UTF-8, LF line endings, no BOM).</summary>
public sealed class MarkdownRenderer : IBriefingRenderer
{
    /// <summary>"md".</summary>
    public string Format => "md";

    /// <summary>".md".</summary>
    public string Extension => ".md";

    /// <summary>Renders <paramref name="briefing"/> through its templates to tidied Markdown, without the briefing's cache.</summary>
    /// <remarks>Prefer <see cref="Briefing.Briefing.RenderMarkdown"/>, which renders once per briefing.</remarks>
    /// <exception cref="BriefingRenderException">A template failed; <see cref="BriefingRenderException.Diagnostics"/> locates the problems.</exception>
    internal static string Render(Briefing.Briefing briefing)
    {
        using var writer = new PooledTextWriter(LastLength) { NewLine = "\n" };
        var diagnostics = briefing.Templates.Render(briefing.View, writer);
        if (diagnostics.Count > 0)
        {
            throw new BriefingRenderException(diagnostics);
        }

        LastLength = writer.Length;
        var text = writer.WrittenWithSpare;
        return new string(text[..TidyInPlace(text, writer.Length)]);
    }

    /// <summary>The tidy step alone, on a copy of <paramref name="markdown"/> (the equivalence tests check it against a plain version).</summary>
    internal static string Tidy(StringBuilder markdown)
    {
        var text = new char[markdown.Length + 1];
        markdown.CopyTo(0, text, markdown.Length);
        return new string(text, 0, TidyInPlace(text, markdown.Length));
    }

    /// <summary>The size of the last briefing rendered, to start the next one's buffer at: most runs render one dossier again.</summary>
    private static int LastLength { get; set; } = 64 * 1024;

    /// <summary>Writes the briefing's Markdown to <paramref name="output"/> as UTF-8 without a BOM; returns no warnings.</summary>
    /// <exception cref="BriefingRenderException">A template failed; nothing was written.</exception>
    public IReadOnlyList<Diagnostic> Render(Briefing.Briefing briefing, Stream output)
    {
        var bytes = new UTF8Encoding(false).GetBytes(briefing.RenderMarkdown());
        output.Write(bytes);
        return [];
    }

    /// <summary>
    /// Templates are written for legibility, so their output may carry runs of blank lines and trailing spaces;
    /// collapse them so the Markdown is lint-clean and stable whatever the template's whitespace.
    /// CRLF → LF, trailing spaces and tabs trimmed, runs of blank lines (and leading ones) collapsed, one final LF,
    /// over the first <paramref name="length"/> characters of <paramref name="text"/>, in place: the result only
    /// ever drops characters, except the final LF, for which <paramref name="text"/> has one slot more. Returns the
    /// tidied length. One pass and no copies: a large briefing is 10 MB of text, and copying it between a string
    /// and builders was the step of rendering that grew fastest with its size.
    /// </summary>
    private static int TidyInPlace(Span<char> text, int length)
    {
        var write = 0;
        var blank = true; // also drops leading blank lines
        var start = 0;
        while (true)
        {
            var newline = text[start..length].IndexOf('\n');
            var last = newline < 0;
            var end = last ? length : start + newline;
            var stop = !last && end > start && text[end - 1] == '\r' ? end - 1 : end; // CRLF → LF
            while (stop > start && text[stop - 1] is ' ' or '\t')
            {
                stop--;
            }

            var isBlank = stop == start;
            if (!(isBlank && blank))
            {
                text[start..stop].CopyTo(text[write..]);
                write += stop - start;
                text[write++] = '\n';
                blank = isBlank;
            }

            if (last)
            {
                break;
            }

            start = end + 1;
        }

        while (write > 0 && text[write - 1] == '\n')
        {
            write--;
        }

        text[write++] = '\n';
        return write;
    }
}
