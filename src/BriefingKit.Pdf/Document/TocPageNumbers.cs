using System.Globalization;
using BriefingKit.Pdf.Layout;

namespace BriefingKit.Pdf.Document;

/// <summary>
/// The contents' page numbers, filled in after the one layout pass. Contents entries reserve a
/// fixed-width number column, so the numbers cannot change how anything wraps or where headings land:
/// each entry leaves an empty placeholder line where its number goes, and <see cref="Fill"/> replaces
/// it once the page of every heading is known. (Laying the whole document out a second time with the
/// numbers in place gave the same pages at twice the cost.)
/// </summary>
internal sealed class TocPageNumbers
{
    readonly List<Slot> slots = [];

    /// <summary>Places an empty number line ending at <paramref name="right"/>, to be filled in later.</summary>
    public void Reserve(DisplaySink sink, string anchor, double right, TextLineItem line, RunStyle style)
    {
        var placeholder = NumberLine(right, line, style, string.Empty, 0);
        sink.Add(placeholder);
        slots.Add(new Slot(sink.Page, placeholder, anchor, right, style));
    }

    /// <summary>Writes each heading's page number into its placeholder, right-aligned in the column.</summary>
    public void Fill(IReadOnlyDictionary<string, int> headingPages, ITextMeasurer measurer)
    {
        foreach (var slot in slots)
        {
            if (!headingPages.TryGetValue(slot.Anchor, out int page))
            {
                continue;
            }

            string number = page.ToString(CultureInfo.InvariantCulture);
            double width = measurer.Width(number, slot.Style.Face, slot.Style.Size);
            var items = slot.Page.Items;
            int at = IndexOf(items, slot.Placeholder);
            items[at] = NumberLine(slot.Right, slot.Placeholder, slot.Style, number, width);
        }
    }

    static TextLineItem NumberLine(double right, TextLineItem line, RunStyle style, string number, double width) =>
        new(right - width, line.Top, line.Baseline, line.Height, [new LineFragment(0, width, number, style, null)]);

    // By reference: display items are records, and two empty placeholders could compare equal.
    static int IndexOf(List<DisplayItem> items, DisplayItem item)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (ReferenceEquals(items[i], item))
            {
                return i;
            }
        }

        throw new InvalidOperationException("A contents placeholder is no longer on its page.");
    }

    sealed record Slot(PageBox Page, TextLineItem Placeholder, string Anchor, double Right, RunStyle Style);
}
