using BriefingKit.Pdf.Layout;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Pdf.Document;

/// <summary>The finished layout: every page's display list, ready to paint or dump.</summary>
internal sealed record DocumentLayout(PageGeometry Geometry, IReadOnlyList<PageBox> Pages, BriefingInfo Info);

/// <summary>
/// Lays out a composed briefing in one pass, then fills in what only the finished pages know: the
/// contents' page numbers (their column has a fixed width, so they cannot move anything) and the
/// running header and footer ("page N of M").
/// </summary>
internal static class BriefingLayouter
{
    public static DocumentLayout Layout(ComposedBriefing briefing, PageGeometry geometry, ITextMeasurer measurer, DiagnosticBag diagnostics)
    {
        var numbers = new TocPageNumbers();
        var pages = Paginator.Paginate(Root(briefing, numbers), geometry.Body, measurer, briefing.PageNotes, diagnostics);
        numbers.Fill(HeadingPages(pages), measurer);
        CheckPageOne(briefing, pages, diagnostics);
        foreach (var page in pages)
        {
            RunningFurniture.Add(page, pages.Count, briefing.Info, geometry, measurer, briefing.Printable);
        }

        return new DocumentLayout(geometry, pages, briefing.Info);
    }

    /// <summary>
    /// Title block, contents, body, notes. The contents go where the body has its first
    /// <see cref="ContentsSlotElement"/> (<c>&lt;!-- briefingkit:contents --&gt;</c>), else right after the title block.
    /// </summary>
    static ColumnElement Root(ComposedBriefing briefing, TocPageNumbers numbers)
    {
        var children = new List<Element> { TitleBlock.Build(briefing.Info, briefing.Printable) };
        var body = briefing.Body.ToList();
        int slot = body.FindIndex(e => e is ContentsSlotElement);
        if (slot >= 0)
        {
            body.RemoveAt(slot); // only the first marker places the contents; later ones lay out as nothing
        }

        if (TableOfContents.Build(briefing.Headings, numbers, briefing.Printable) is { } toc)
        {
            body.Insert(Math.Max(slot, 0), toc);
        }

        children.AddRange(body);

        if (briefing.NotesSection is { } notes)
        {
            children.Add(notes);
        }

        return new ColumnElement(children);
    }

    /// <summary>
    /// With a page-break marker, what comes before the first one (title block included: the bottom
    /// line) must end on page 1. A break only ever stands at a page top, so that content ends on the
    /// page before the one the break starts; a break not found on any page (the last thing in the
    /// document) means the content ends on the last page.
    /// </summary>
    static void CheckPageOne(ComposedBriefing briefing, List<PageBox> pages, DiagnosticBag diagnostics)
    {
        if (briefing.FirstPageBreak is not { } first)
        {
            return;
        }

        int breakPage = pages.Count + 1;
        foreach (var page in pages)
        {
            if (page.Items.Exists(item => item is PageBreakItem b && b.Line == first.Line))
            {
                breakPage = page.Number;
                break;
            }
        }

        int lastPage = Math.Max(1, breakPage - 1);
        if (lastPage > 1)
        {
            diagnostics.Report(Codes.PdfPageOneOverflows, first, lastPage);
        }
    }

    static Dictionary<string, int> HeadingPages(List<PageBox> pages)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var item in page.Items)
            {
                if (item is HeadingItem heading)
                {
                    map.TryAdd(heading.Anchor, page.Number);
                }
            }
        }

        return map;
    }
}
