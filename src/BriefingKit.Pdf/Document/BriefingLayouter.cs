using BriefingKit.Pdf.Layout;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Pdf.Document;

/// <summary>The finished layout: every page's display list, ready to paint or dump.</summary>
internal sealed record DocumentLayout(PageGeometry Geometry, IReadOnlyList<PageBox> Pages, BriefingInfo Info);

/// <summary>
/// Lays out a composed briefing. Two passes at least: the first learns on which page each heading
/// lands, the second prints those numbers in the contents. Further passes run only if the numbers
/// still move (they cannot in practice, since the contents reserve a fixed number column).
/// </summary>
internal static class BriefingLayouter
{
    const int MaxPasses = 4;

    public static DocumentLayout Layout(ComposedBriefing briefing, PageGeometry geometry, ITextMeasurer measurer, DiagnosticBag diagnostics)
    {
        IReadOnlyDictionary<string, int>? numbers = null;
        List<PageBox> pages = [];
        DiagnosticBag passDiagnostics = new(diagnostics.File);
        for (int pass = 1; pass <= MaxPasses; pass++)
        {
            // Each pass reports afresh; only the last pass's findings are kept.
            passDiagnostics = new DiagnosticBag(diagnostics.File);
            pages = Paginator.Paginate(Root(briefing, numbers), geometry.Body, measurer, briefing.PageNotes, passDiagnostics);
            var found = HeadingPages(pages);
            if (numbers is not null && Same(numbers, found))
            {
                break;
            }

            if (pass == MaxPasses)
            {
                passDiagnostics.Report(Codes.PdfTocUnstable, TextSpan.FileStart, MaxPasses);
            }

            numbers = found;
        }

        diagnostics.AddRange(passDiagnostics.Items);
        foreach (var page in pages)
        {
            RunningFurniture.Add(page, pages.Count, briefing.Info, geometry, measurer);
        }

        return new DocumentLayout(geometry, pages, briefing.Info);
    }

    static ColumnElement Root(ComposedBriefing briefing, IReadOnlyDictionary<string, int>? numbers)
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
            foreach (var heading in page.Items.OfType<HeadingItem>())
            {
                map.TryAdd(heading.Anchor, page.Number);
            }
        }

        return map;
    }

    static bool Same(IReadOnlyDictionary<string, int> a, Dictionary<string, int> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out int v) && v == kv.Value);
}
