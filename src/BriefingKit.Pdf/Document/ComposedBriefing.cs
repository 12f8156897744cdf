using BriefingKit.Pdf.Fonts;
using BriefingKit.Pdf.Layout;
using BriefingKit.Pdf.Markdown;
using BriefingKit.Schema.Diagnostics;
using Markdig.Extensions.Yaml;

namespace BriefingKit.Pdf.Document;

/// <summary>
/// A briefing turned into layout material: title information, body elements, headings for the
/// contents, the footnotes split between page bottoms and the closing "Notes" section, and where the
/// first page-break marker is (for the page-one check). The title is the front matter's <c>title</c>,
/// else the first H1 (which the title block replaces), else "Briefing".
/// </summary>
internal sealed record ComposedBriefing(
    BriefingInfo Info,
    FrontMatter FrontMatter,
    DateOnly? Date,
    IReadOnlyList<Element> Body,
    IReadOnlyList<HeadingEntry> Headings,
    FootnoteRegistry PageNotes,
    Element? NotesSection,
    TextSpan? FirstPageBreak)
{
    /// <summary>
    /// Makes runs built outside the Markdown (title block, contents lines) printable as the body's are: characters
    /// their faces lack go to fallback fonts (<see cref="GlyphFallback"/>), reported against the file start.
    /// </summary>
    public Func<List<TextRun>, List<TextRun>> Printable { get; init; } = runs => runs;

    /// <summary>A note taller than this share of the page body goes to the end instead.</summary>
    const double MaxNoteShare = 0.4;

    public static ComposedBriefing Compose(string markdown, PdfBriefingOptions options, FontBook fonts, PageGeometry geometry, DiagnosticBag diagnostics)
    {
        var document = MarkdownSource.Parse(markdown);
        var front = FrontMatter.Read(document.OfType<YamlFrontMatterBlock>().FirstOrDefault(), diagnostics);
        var context = new BuildContext(diagnostics, new Coverage(fonts));
        var blocks = new BlockBuilder(context);
        var body = blocks.Build(document, BriefingTheme.Body);
        var notes = NoteBuilder.Build(document, blocks);
        var date = front.Date(diagnostics);
        var info = BriefingInfo.From(front, blocks.FirstHeading, options, date);

        var registry = new FootnoteRegistry();
        var endnotes = new List<NoteText>();
        var frame = geometry.Body;
        var measure = new LayoutContext(fonts, FootnoteRegistry.Empty, frame.Width, []);
        foreach (var note in notes)
        {
            if (options.Footnotes == FootnotePlacement.Endnotes)
            {
                endnotes.Add(note);
                continue;
            }

            // Measuring breaks the note's lines once; the layout reuses them (same width).
            double height = note.Element.Measure(measure, frame.Width, double.MaxValue / 4).Height;
            if (height > frame.Height * MaxNoteShare)
            {
                diagnostics.Report(Codes.PdfFootnoteTooTall, note.Source, note.Label, height, frame.Height * MaxNoteShare);
                endnotes.Add(note);
            }
            else
            {
                registry.Add(note.Label, note.Element);
            }
        }

        var headings = context.Headings;
        Element? section = null;
        if (endnotes.Count > 0)
        {
            string anchor = context.Anchor("Notes");
            headings.Add(new HeadingEntry(anchor, 1, "Notes"));
            var style = BriefingTheme.Heading2;
            var heading = new HeadingElement(new ParagraphElement([new TextRun("Notes", style.Base)], style), anchor, 1, "Notes", BriefingTheme.Hairline);
            var items = endnotes.Select(n => n.Element).ToList();
            section = new KeepWithNextElement(heading, new ColumnElement(items) { After = 0 }) { Source = endnotes[0].Source };
        }

        return new ComposedBriefing(info, front, date, body, headings, registry, section, blocks.FirstPageBreak)
        {
            Printable = runs => GlyphFallback.Apply(runs, context, TextSpan.FileStart),
        };
    }

    sealed class Coverage(FontBook fonts) : IGlyphCoverage
    {
        public bool Covers(FontFace face, int codePoint) => fonts.Covers(face, codePoint);

        public int ShapingFontFor(FontFace face, int codePoint) => fonts.ShapingFontFor(face, codePoint);

        public string Advice(int codePoint) => Scripts.Advice(codePoint);
    }
}
