using BriefingKit.Pdf.Layout;
using BriefingKit.Pdf.Markdown;

namespace BriefingKit.Pdf.Document;

/// <summary>
/// The contents list after the title block: one entry per section (H2) and subsection (H3). Page
/// numbers are placeholders (<see cref="TocPageNumbers"/>), filled in once layout has placed every heading.
/// </summary>
internal static class TableOfContents
{
    public const string Anchor = "contents";

    public static Element? Build(IReadOnlyList<HeadingEntry> headings, TocPageNumbers numbers, Func<List<TextRun>, List<TextRun>> printable)
    {
        var entries = headings.Where(h => h.Level <= 2).ToList();
        if (entries.Count == 0)
        {
            return null;
        }

        var labelStyle = new ParagraphStyle(new RunStyle(BriefingTheme.SansBold, 10, BriefingTheme.Navy), 13, 0, 5);
        var label = new HeadingElement(new ParagraphElement([new TextRun("Contents", labelStyle.Base)], labelStyle), Anchor, 1, "Contents", null);
        var items = new List<Element>();
        foreach (var h in entries)
        {
            var style = h.Level == 1
                ? new ParagraphStyle(new RunStyle(BriefingTheme.Sans, 9, BriefingTheme.Ink), 12.5, 1.5, 0)
                : new ParagraphStyle(new RunStyle(BriefingTheme.Sans, 8.5, BriefingTheme.Grey), 11.5, 0, 0);
            var title = new ParagraphElement(printable([new TextRun(EntryText(h.Title), style.Base)]), style);
            items.Add(new TocEntryElement(title, h.Anchor, numbers, h.Level == 1 ? 0 : 14));
        }

        return new ColumnElement(
        [
            new KeepWithNextElement(label, new ColumnElement(items)),
            new RuleElement(0.5, BriefingTheme.Hairline, 10, 14),
        ]);
    }

    /// <summary>
    /// A heading as its contents line shows it: at most 160 characters, cut at a word with '…'. A contents
    /// line is there to find the section; a title thousands of characters long would fill pages with one entry.
    /// </summary>
    internal static string EntryText(string title)
    {
        const int Max = 160;
        if (title.Length <= Max)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', Max - 1);
        return string.Concat(title.AsSpan(0, cut > Max / 2 ? cut : Max - 1), "…");
    }
}
