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
        var bytes = new UTF8Encoding(false).GetBytes(Render(briefing));
        output.Write(bytes);
        return [];
    }

    /// <summary>
    /// Templates are written for legibility, so their output may carry runs of blank lines and trailing
    /// spaces; collapse them so the Markdown is lint-clean and stable whatever the template's whitespace.
    /// </summary>
    private static string Tidy(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd(' ', '\t'));
        var builder = new StringBuilder(markdown.Length);
        var blank = true; // also drops leading blank lines
        foreach (var line in lines)
        {
            var isBlank = line.Length == 0;
            if (isBlank && blank)
            {
                continue;
            }

            builder.Append(line).Append('\n');
            blank = isBlank;
        }

        return builder.ToString().TrimEnd('\n') + "\n";
    }
}
