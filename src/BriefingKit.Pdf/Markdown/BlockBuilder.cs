using System.Globalization;
using BriefingKit.Pdf.Document;
using BriefingKit.Pdf.Layout;
using BriefingKit.Schema.Diagnostics;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace BriefingKit.Pdf.Markdown;

/// <summary>
/// Markdig blocks → layout elements, one method per node kind. Headings are tied to the block after
/// them (keep-with-next); the first H1 is the document title and is left to the title block. Regions a
/// template marks <c>&lt;!-- briefingkit:markdown-only --&gt;</c> … <c>&lt;!-- /briefingkit:markdown-only --&gt;</c>
/// (invisible in Markdown viewers) are left out: the Markdown's own title block and closing marking, which
/// the PDF draws itself from the front matter (title block, running header and footer). Two more
/// markers, each its own HTML block, shape the pages: <c>&lt;!-- briefingkit:page-break --&gt;</c> starts
/// a new page (<see cref="PageBreakElement"/>), and <c>&lt;!-- briefingkit:contents --&gt;</c>, at the top
/// level, is where the table of contents goes (<see cref="ContentsSlotElement"/>) instead of after the
/// title block.
/// </summary>
internal sealed class BlockBuilder(BuildContext context)
{
    readonly InlineBuilder _inlines = new(context);
    bool _titleTaken;
    bool _inMarkdownOnly;

    /// <summary>Text of the H1 that the title block replaced, if any.</summary>
    public string? FirstHeading { get; private set; }

    /// <summary>Where the first page-break marker the PDF honours is, if any (for the page-one check).</summary>
    public TextSpan? FirstPageBreak { get; private set; }

    public List<Element> Build(ContainerBlock container, ParagraphStyle paragraph, int listDepth = 0)
    {
        var elements = new List<Element>();
        foreach (var block in container)
        {
            if (block is HtmlBlock html && MarkdownOnlyMarker(html) is { } opens)
            {
                _inMarkdownOnly = opens;
                continue;
            }

            if (_inMarkdownOnly)
            {
                continue;
            }

            if (block is HtmlBlock marker && LayoutMarker(marker, container is MarkdownDocument) is { } layout)
            {
                elements.Add(layout);
                continue;
            }

            if (BuildBlock(block, paragraph, listDepth) is { } element)
            {
                elements.Add(element);
            }
        }

        return KeepHeadingsWithNext(elements);
    }

    Element? BuildBlock(Block block, ParagraphStyle paragraph, int listDepth)
    {
        var span = MarkdownSource.SpanOf(block);
        switch (block)
        {
            case YamlFrontMatterBlock or FootnoteGroup or LinkReferenceDefinitionGroup or BlankLineBlock:
                return null;
            case HeadingBlock heading:
                return Heading(heading);
            case ParagraphBlock p:
                return new ParagraphElement(_inlines.Build(p, paragraph.Base), paragraph) { Source = span };
            case ListBlock list:
                return List(list, paragraph, listDepth);
            case QuoteBlock quote:
                return new BoxElement(Column(Build(quote, BriefingTheme.Quote, listDepth), span), BriefingTheme.QuoteBox) { Source = span };
            case CustomContainer callout:
                return Callout(callout, listDepth);
            case Table table:
                return TableBuilder.Build(table, _inlines, span);
            case ThematicBreakBlock:
                return new RuleElement(0.6, BriefingTheme.Hairline, 8, 12) { Source = span };
            case CodeBlock code:
                return Code(code, span);
            case HtmlBlock { Type: HtmlBlockType.Comment }:
                return null; // comments are not content
            case HtmlBlock:
                context.Diagnostics.Report(Codes.PdfUnsupportedMarkdown, span, "An HTML block", "it is left out");
                return null;
            case ContainerBlock other:
                return Column(Build(other, paragraph, listDepth), span);
            default:
                return null;
        }
    }

    /// <summary>True for the opening markdown-only marker, false for the closing one, null for anything else.</summary>
    static bool? MarkdownOnlyMarker(HtmlBlock html) => html.Lines.ToString().Trim() switch
    {
        "<!-- briefingkit:markdown-only -->" => true,
        "<!-- /briefingkit:markdown-only -->" => false,
        _ => null,
    };

    /// <summary>
    /// A page break, or (at the top level only) the contents' place; null for any other HTML block.
    /// A contents marker inside a quote or list is an ordinary comment.
    /// </summary>
    Element? LayoutMarker(HtmlBlock html, bool topLevel)
    {
        switch (html.Lines.ToString().Trim())
        {
            case "<!-- briefingkit:page-break -->":
                var span = MarkdownSource.SpanOf(html);
                FirstPageBreak ??= span;
                return new PageBreakElement { Source = span };
            case "<!-- briefingkit:contents -->" when topLevel:
                return new ContentsSlotElement { Source = MarkdownSource.SpanOf(html) };
            default:
                return null;
        }
    }

    HeadingElement? Heading(HeadingBlock heading)
    {
        var span = MarkdownSource.SpanOf(heading);
        if (heading.Level == 1 && !_titleTaken)
        {
            _titleTaken = true;
            FirstHeading = LineBreaker.PlainText(_inlines.Build(heading, BriefingTheme.BodyRun));
            return null;
        }

        var style = heading.Level switch
        {
            <= 2 => BriefingTheme.Heading2,
            3 => BriefingTheme.Heading3,
            _ => BriefingTheme.Heading4,
        };
        var runs = _inlines.Build(heading, style.Base);
        string title = LineBreaker.PlainText(runs);
        var text = new ParagraphElement(runs, style) { Source = span };
        int level = Math.Max(1, Math.Min(heading.Level - 1, 3));
        string anchor = context.Anchor(title);
        context.Headings.Add(new HeadingEntry(anchor, level, title));
        return new HeadingElement(text, anchor, level, title, level == 1 ? BriefingTheme.Hairline : null) { Source = span };
    }

    ColumnElement List(ListBlock list, ParagraphStyle paragraph, int depth)
    {
        var span = MarkdownSource.SpanOf(list);
        var itemParagraph = list.IsLoose ? paragraph : paragraph with { SpaceAfter = BriefingTheme.ListItemGap };
        int number = int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out int start) ? start : 1;
        var markerStyle = new RunStyle(ListItemElement.MarkerFace(list.IsOrdered), paragraph.Base.Size * (list.IsOrdered ? 0.95 : 1), BriefingTheme.Navy);
        var items = new List<Element>();
        foreach (var block in list)
        {
            if (block is not ListItemBlock item)
            {
                continue;
            }

            string marker = list.IsOrdered ? $"{number++}{list.OrderedDelimiter}" : ListItemElement.Bullet(depth);
            var body = Column(Build(item, itemParagraph, depth + 1), MarkdownSource.SpanOf(item));
            items.Add(new ListItemElement(new TextRun(marker, markerStyle), body, BriefingTheme.ListIndent, BriefingTheme.ListItemGap) { Source = MarkdownSource.SpanOf(item) });
        }

        return new ColumnElement(items) { Source = span, Before = depth == 0 ? 0 : BriefingTheme.ListItemGap, After = depth == 0 ? paragraph.SpaceAfter : 0 };
    }

    BoxElement Callout(CustomContainer callout, int depth)
    {
        var span = MarkdownSource.SpanOf(callout);
        string label = (callout.Arguments is { Length: > 0 } args ? args : CalloutTitle(callout.Info)).ToUpperInvariant();
        var title = new ParagraphElement([new TextRun(label, BriefingTheme.CalloutTitle.Base)], BriefingTheme.CalloutTitle) { Source = span };
        var content = Build(callout, BriefingTheme.Body, depth);
        var column = content.Count == 0
            ? new ColumnElement([title]) { Source = span }
            : new ColumnElement([new KeepWithNextElement(title, content[0]) { Source = span }, .. content.Skip(1)]) { Source = span };
        return new BoxElement(column, BriefingTheme.Callout) { Source = span };
    }

    static string CalloutTitle(string? info) => info?.ToLowerInvariant() switch
    {
        null or "" => "Note",
        "keyjudgments" or "key-judgments" or "key_judgments" => "Key judgments",
        "bluf" or "bottomline" or "bottom-line" => "Bottom line",
        var other => char.ToUpperInvariant(other[0]) + other[1..].Replace('-', ' ').Replace('_', ' '),
    };

    static BoxElement Code(CodeBlock code, TextSpan span)
    {
        var style = BriefingTheme.Code;
        var runs = new List<TextRun>();
        var lines = code.Lines;
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                runs.Add(TextRun.Break(style.Base));
            }

            // No-break spaces keep indentation: the line breaker collapses ordinary spaces.
            runs.Add(new TextRun(lines.Lines[i].Slice.ToString().Replace(' ', '\u00A0'), style.Base));
        }

        return new BoxElement(new ParagraphElement(runs, style with { MinLinesAtBreak = 2 }) { Source = span }, BriefingTheme.CodeBox) { Source = span };
    }

    static ColumnElement Column(List<Element> children, TextSpan span) => new(children) { Source = span };

    /// <summary>
    /// Ties each heading to what follows it; chains of headings nest (built back to front). Done in
    /// place: the tied elements are packed towards the end of the list, then the front is dropped.
    /// A heading is not tied to a page break or the contents' place after it (the contents must stay
    /// findable in the body, and a heading cannot share a page with what a break sends on).
    /// </summary>
    static List<Element> KeepHeadingsWithNext(List<Element> elements)
    {
        int first = elements.Count; // the packed result is elements[first..]
        for (int i = elements.Count - 1; i >= 0; i--)
        {
            if (elements[i] is HeadingElement heading && first < elements.Count && elements[first] is not (PageBreakElement or ContentsSlotElement))
            {
                elements[first] = new KeepWithNextElement(heading, elements[first]) { Source = heading.Source };
            }
            else
            {
                elements[--first] = elements[i];
            }
        }

        elements.RemoveRange(0, first);
        return elements;
    }
}
