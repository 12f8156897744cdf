using BriefingKit.Schema.Diagnostics;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace BriefingKit.Pdf.Markdown;

/// <summary>Parses briefing Markdown with the same extensions the templates target.</summary>
internal static partial class MarkdownSource
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseFootnotes()
        .UseCustomContainers()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    /// <summary>
    /// Invisible separator put between adjacent footnote references. Markdig reads "[^1][^2]" as one
    /// full reference link ([text][label]) and keeps only the second note; a word joiner between them
    /// keeps both. The inline builder drops it again.
    /// </summary>
    public const char NoteSeparator = '\u2060';

    public static MarkdownDocument Parse(string markdown) =>
        Markdig.Markdown.Parse(AdjacentNotes().Replace(markdown, "$1" + NoteSeparator), Pipeline);

    [GeneratedRegex(@"(\[\^[^\]\s]+\])(?=\[\^)", RegexOptions.CultureInvariant)]
    private static partial Regex AdjacentNotes();

    /// <summary>1-based location of a Markdig node.</summary>
    public static TextSpan SpanOf(MarkdownObject node) =>
        new(node.Line + 1, node.Column + 1, node.Line + 1, node.Column + 1, Math.Max(node.Span.Start, 0), Math.Max(node.Span.End + 1, 0));
}
