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
        foreach (var page in pages)
        {
            RunningFurniture.Add(page, pages.Count, briefing.Info, geometry, measurer);
        }

        return new DocumentLayout(geometry, pages, briefing.Info);
    }

    static ColumnElement Root(ComposedBriefing briefing, TocPageNumbers numbers)
    {
        var children = new List<Element> { TitleBlock.Build(briefing.Info) };
        if (TableOfContents.Build(briefing.Headings, numbers) is { } toc)
        {
            children.Add(toc);
        }

        children.AddRange(briefing.Body);
        if (briefing.NotesSection is { } notes)
        {
            children.Add(notes);
        }

        return new ColumnElement(children);
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
