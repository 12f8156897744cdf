using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Pdf.Layout;

/// <summary>The body area of a page, in points from the top-left corner.</summary>
internal readonly record struct PageFrame(double Left, double Top, double Width, double Height);

/// <summary>
/// Flows a root element over pages: measure what is left against a fresh page, arrange the part that
/// fits, put the footnotes first cited on that page at its bottom, repeat with the remainder. When
/// nothing fits on an empty page, keep rules are relaxed (BK6002); when even that fails, the smallest
/// unit is dropped with an error (BK6003). Nothing is ever drawn past the page body. A page break
/// (<see cref="PageBreakElement"/>) ends a page by wrapping; one at the very end adds no empty page.
/// </summary>
internal static class Paginator
{
    const int MaxPages = 5000;

    public static List<PageBox> Paginate(Element root, PageFrame frame, ITextMeasurer measurer, FootnoteRegistry notes, DiagnosticBag diagnostics)
    {
        var pages = new List<PageBox>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        Element? remaining = root;
        while (remaining is not null && pages.Count < MaxPages)
        {
            var context = new LayoutContext(measurer, notes, frame.Width, placed) { Diagnostics = diagnostics };
            var plan = remaining.Measure(context, frame.Width, frame.Height);
            if (plan.IsWrap)
            {
                var relaxed = remaining.Measure(context.AsRelaxed(), frame.Width, frame.Height);
                if (relaxed.IsWrap)
                {
                    diagnostics.Report(Codes.PdfContentDoesNotFit, remaining.Source, remaining.Describe(), relaxed.Reason);
                    remaining = remaining.DropFirstUnit();
                    continue;
                }

                diagnostics.Report(Codes.PdfLayoutRelaxed, remaining.Source, remaining.Describe(), plan.Reason);
                plan = relaxed;
            }

            var page = new PageBox(pages.Count + 1);
            var sink = new DisplaySink(page);
            plan.Head!.Arrange(context, sink, frame.Left, frame.Top, frame.Width);
            ArrangeNotes(context, sink, frame, plan.Notes, placed);
            remaining = plan.Kind == SpacePlanKind.Partial ? plan.Remainder : null;
            if (remaining is null && pages.Count > 0 && page.Items.TrueForAll(item => item is PageBreakItem))
            {
                break; // a page break at the very end: no empty last page
            }

            pages.Add(page);
        }

        return pages;
    }

    static void ArrangeNotes(LayoutContext context, DisplaySink sink, PageFrame frame, IReadOnlyList<string> labels, HashSet<string> placed)
    {
        var fresh = new List<string>();
        for (int i = 0; i < labels.Count; i++)
        {
            if (context.Notes.IsPageNote(labels[i]) && !placed.Contains(labels[i]) && !fresh.Contains(labels[i]))
            {
                fresh.Add(labels[i]);
            }
        }

        if (fresh.Count == 0)
        {
            return;
        }

        double area = context.Notes.AreaHeight(context, fresh, frame.Width);
        double y = frame.Top + frame.Height - area;
        double ruleY = y + (FootnoteRegistry.SeparatorHeight / 2) - 1;
        sink.Add(new RuleItem(frame.Left, ruleY, frame.Left + 96, ruleY, 0.5, new Rgb(0x80, 0x80, 0x80)));
        y += FootnoteRegistry.SeparatorHeight;
        var noteContext = context.ForNotes();
        double half = FootnoteRegistry.HalfWidth(frame.Width);
        foreach (var row in context.Notes.Rows(context, fresh, frame.Width))
        {
            if (row.Right is null)
            {
                context.Notes.Note(row.Left).Arrange(noteContext, sink, frame.Left, y, frame.Width);
            }
            else
            {
                context.Notes.Note(row.Left).Arrange(noteContext, sink, frame.Left, y, half);
                context.Notes.Note(row.Right).Arrange(noteContext, sink, frame.Left + half + FootnoteRegistry.Gutter, y, half);
            }

            y += row.Height + FootnoteRegistry.Gap;
        }

        placed.UnionWith(fresh);
    }
}
