using System.Globalization;
using BriefingKit.Pdf.Document;
using BriefingKit.Pdf.Layout;
using BriefingKit.Schema.Diagnostics;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace BriefingKit.Pdf.Markdown;

/// <summary>A footnote text ready to lay out: its label, number, element and source location.</summary>
internal sealed record NoteText(string Label, int Number, Element Element, TextSpan Source);

/// <summary>
/// Footnote definitions → note elements: the number hangs in the margin of the note, which is also
/// the link target of every reference to it. Unreferenced definitions are not printed.
/// </summary>
internal static class NoteBuilder
{
    // Shared by every note rather than copied per note.
    static readonly ParagraphStyle Paragraph = BriefingTheme.Footnote with { SpaceAfter = 2 };
    static readonly RunStyle Number = BriefingTheme.Footnote.Base with { Face = BriefingTheme.SansBold, Color = BriefingTheme.Navy };

    public static List<NoteText> Build(MarkdownDocument document, BlockBuilder blocks)
    {
        var notes = new List<NoteText>();
        foreach (var group in document.OfType<FootnoteGroup>())
        {
            foreach (var footnote in group.OfType<Footnote>().Where(f => f.Order > 0).OrderBy(f => f.Order))
            {
                string label = InlineBuilder.NoteLabel(footnote);
                var span = MarkdownSource.SpanOf(footnote);
                var body = new ColumnElement(blocks.Build(footnote, Paragraph)) { Source = span };
                var number = new TextRun(footnote.Order.ToString(CultureInfo.InvariantCulture), Number);
                var element = new ListItemElement(number, body, BriefingTheme.NoteIndent) { Source = span, Anchor = InlineBuilder.NoteAnchor(label) };
                notes.Add(new NoteText(label, footnote.Order, element, span));
            }
        }

        return notes;
    }
}
