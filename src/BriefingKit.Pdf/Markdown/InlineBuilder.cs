using System.Globalization;
using BriefingKit.Pdf.Document;
using BriefingKit.Pdf.Layout;
using BriefingKit.Schema.Diagnostics;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingKit.Pdf.Markdown;

/// <summary>
/// Markdig inlines → styled runs: emphasis → bold/italic faces, code → mono on a tint, links →
/// blue runs with a target, footnote references → superscript numbers that link to the note and
/// carry its label, so placing the line places the note.
/// </summary>
internal sealed class InlineBuilder(BuildContext context)
{
    static readonly string NoteSeparator = MarkdownSource.NoteSeparator.ToString();

    public List<TextRun> Build(LeafBlock block, RunStyle style)
    {
        var runs = new List<TextRun>();
        if (block.Inline is { } inline)
        {
            Visit(inline, style, null, runs);
        }

        return GlyphFallback.Apply(Trim(runs), context, MarkdownSource.SpanOf(block));
    }

    void Visit(Inline inline, RunStyle style, LinkTarget? link, List<TextRun> runs)
    {
        switch (inline)
        {
            case LiteralInline literal:
                runs.Add(new TextRun(literal.Content.ToString().Replace(NoteSeparator, "", StringComparison.Ordinal), style, link));
                break;
            case EmphasisInline emphasis:
                VisitChildren(emphasis, Emphasize(emphasis, style), link, runs);
                break;
            case CodeInline code:
                runs.Add(new TextRun(code.Content, BriefingTheme.InlineCode(style), link));
                break;
            case FootnoteLink { IsBackLink: false } note:
                AddFootnoteMark(note, style, runs);
                break;
            case FootnoteLink:
                break;
            case LinkInline { IsImage: true } image:
                context.Diagnostics.Report(Codes.PdfUnsupportedMarkdown, MarkdownSource.SpanOf(image), "An image", "its description is printed instead");
                runs.Add(new TextRun("[image: ", style.With(italic: true), link));
                VisitChildren(image, style.With(italic: true), link, runs);
                runs.Add(new TextRun("]", style.With(italic: true), link));
                break;
            case LinkInline anchor:
                var target = Target(anchor.GetDynamicUrl?.Invoke() ?? anchor.Url);
                VisitChildren(anchor, target is null ? style : BriefingTheme.Link(style), target ?? link, runs);
                break;
            case AutolinkInline auto:
                var url = auto.IsEmail && !auto.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? "mailto:" + auto.Url : auto.Url;
                runs.Add(new TextRun(auto.Url, BriefingTheme.Link(style), new ExternalLink(url)));
                break;
            case LineBreakInline lineBreak:
                runs.Add(lineBreak.IsHard ? TextRun.Break(style) : new TextRun(" ", style, link));
                break;
            case HtmlEntityInline entity:
                runs.Add(new TextRun(entity.Transcoded.ToString(), style, link));
                break;
            case HtmlInline html:
                if (html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase))
                {
                    runs.Add(TextRun.Break(style));
                }
                else
                {
                    context.Diagnostics.Report(Codes.PdfUnsupportedMarkdown, MarkdownSource.SpanOf(html), $"Inline HTML '{html.Tag}'", "it is left out");
                }

                break;
            case ContainerInline container:
                VisitChildren(container, style, link, runs);
                break;
        }
    }

    void VisitChildren(ContainerInline container, RunStyle style, LinkTarget? link, List<TextRun> runs)
    {
        foreach (var child in container)
        {
            Visit(child, style, link, runs);
        }
    }

    static void AddFootnoteMark(FootnoteLink note, RunStyle style, List<TextRun> runs)
    {
        string label = NoteLabel(note.Footnote);
        string number = note.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        var markStyle = BriefingTheme.FootnoteMark(style);
        if (runs.LastOrDefault(r => r.Text.Length > 0) is { FootnoteLabel: not null })
        {
            runs.Add(new TextRun(",", markStyle));
        }

        runs.Add(new TextRun(number, markStyle, new InternalLink(NoteAnchor(label)), label));
    }

    /// <summary>The label as written after "[^" (Markdig keeps the caret).</summary>
    public static string NoteLabel(Footnote footnote) =>
        footnote.Label?.TrimStart('^') ?? footnote.Order.ToString(CultureInfo.InvariantCulture);

    public static string NoteAnchor(string label) => "fn-" + label;

    static RunStyle Emphasize(EmphasisInline emphasis, RunStyle style) => (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
    {
        ('*' or '_', >= 2) => style.With(bold: true),
        ('*' or '_', _) => style.With(italic: !style.Face.Italic),
        ('~', 2) => style with { Strike = true },
        ('^', 1) => style with { Superscript = true },
        ('=', 2) => style with { Background = Rgb.Hex(0xFFF2B3) },
        _ => style,
    };

    static LinkTarget? Target(string? url) => url switch
    {
        null or "" => null,
        ['#', .. var anchor] => new InternalLink(anchor),
        _ => new ExternalLink(url),
    };

    // Leading and trailing spaces of a block carry no meaning and would only shift alignment.
    static List<TextRun> Trim(List<TextRun> runs)
    {
        while (runs.Count > 0 && !runs[0].HardBreak && string.IsNullOrWhiteSpace(runs[0].Text))
        {
            runs.RemoveAt(0);
        }

        while (runs.Count > 0 && (runs[^1].HardBreak || string.IsNullOrWhiteSpace(runs[^1].Text)))
        {
            runs.RemoveAt(runs.Count - 1);
        }

        return runs;
    }
}
