using BriefingKit.Pdf.Layout;
using PdfSharp.Pdf;

namespace BriefingKit.Pdf.Document;

/// <summary>PDF bookmarks for every heading: sections at the top level, subsections nested below them.</summary>
internal static class OutlineBuilder
{
    public static void Add(PdfDocument document, DocumentLayout layout, PageGeometry geometry)
    {
        var stack = new List<(int Level, PdfOutline Outline)>();
        foreach (var box in layout.Pages)
        {
            var page = document.Pages[box.Number - 1];
            foreach (var heading in box.Items.OfType<HeadingItem>())
            {
                while (stack.Count > 0 && stack[^1].Level >= heading.Level)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                var parent = stack.Count == 0 ? document.Outlines : stack[^1].Outline.Outlines;
                var outline = parent.Add(heading.Title, page, heading.Level == 1);
                outline.PageDestinationType = PdfPageDestinationType.Xyz;
                outline.Left = null;
                outline.Top = Math.Round(geometry.Height - heading.Y + 2);
                stack.Add((heading.Level, outline));
            }
        }
    }
}
