using BriefingKit.Pdf.Determinism;
using BriefingKit.Pdf.Fonts;
using BriefingKit.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace BriefingKit.Pdf.Document;

/// <summary>
/// Draws a finished layout with PDFsharp: text, rules and tints from the display lists, then link
/// annotations (URLs, and internal jumps to anchors with an exact position) and the bookmarks.
/// Nothing here decides positions; it only paints what the layout placed. Each page's content stream
/// is compressed while the next pages are painted (<see cref="PageContentPacker"/>).
/// </summary>
internal sealed class PdfPainter(FontBook fonts, DateTimeOffset timestamp)
{
    readonly Dictionary<Rgb, XSolidBrush> _brushes = [];

    public PdfDocument Paint(DocumentLayout layout)
    {
        var document = new PdfDocument();
        var packer = new PageContentPacker();
        var geometry = layout.Geometry;
        var anchors = new Dictionary<string, (int Page, double X, double Y)>(StringComparer.Ordinal);
        foreach (var page in layout.Pages)
        {
            foreach (var anchor in page.Items.OfType<AnchorItem>())
            {
                anchors.TryAdd(anchor.Id, (page.Number, anchor.X, anchor.Y));
            }
        }

        foreach (var box in layout.Pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(geometry.Width);
            page.Height = XUnit.FromPoint(geometry.Height);
            using (var g = XGraphics.FromPdfPage(page))
            {
                foreach (var item in box.Items)
                {
                    Draw(g, item);
                }
            }

            packer.Add(page);
            AddLinks(page, box, anchors, geometry);
        }

        packer.Finish();
        OutlineBuilder.Add(document, layout, geometry);
        return document;
    }

    void Draw(XGraphics g, DisplayItem item)
    {
        switch (item)
        {
            case RectItem r:
                var pen = r.Stroke is { } stroke ? new XPen(Color(stroke), r.StrokeWidth) : null;
                if (pen is null)
                {
                    g.DrawRectangle(Brush(r.Fill), r.X, r.Y, r.Width, r.Height);
                }
                else
                {
                    g.DrawRectangle(pen, Brush(r.Fill), r.X, r.Y, r.Width, r.Height);
                }

                break;
            case RuleItem l:
                g.DrawLine(new XPen(Color(l.Color), l.Thickness), l.X1, l.Y1, l.X2, l.Y2);
                break;
            case TextLineItem line:
                DrawLine(g, line);
                break;
        }
    }

    void DrawLine(XGraphics g, TextLineItem line)
    {
        var fragments = line.Fragments;
        for (int i = 0; i < fragments.Count; i++)
        {
            var f = fragments[i];
            double x = line.X + f.X, baseline = line.Baseline - f.Style.Rise;
            var font = fonts.GetFont(f.Style.Face, f.Style.EffectiveSize);
            if (f.Style.Background is { } bg)
            {
                var vm = fonts.Vertical(f.Style.Face, f.Style.EffectiveSize);
                g.DrawRectangle(Brush(bg), x - 0.5, baseline - vm.Ascent, f.Width + 1, vm.Ascent + vm.Descent);
            }

            // Neighbours in the same style (split only by a link boundary) are one string to PDFsharp:
            // widths are additive (no kerning), so the glyphs land where the layout put them, with
            // one text operator instead of several.
            int last = i;
            while (last + 1 < fragments.Count && fragments[last + 1].Style == f.Style && f.Style.Background is null)
            {
                last++;
            }

            string text = last == i ? f.Text : Concat(fragments, i, last);
            g.DrawString(text, font, Brush(f.Style.Color), x, baseline, XStringFormats.BaseLineLeft);
            if (f.Style.Strike)
            {
                double y = baseline - (f.Style.EffectiveSize * 0.3), width = fragments[last].X + fragments[last].Width - f.X;
                g.DrawLine(new XPen(Color(f.Style.Color), f.Style.EffectiveSize * 0.06), x, y, x + width, y);
            }

            i = last;
        }
    }

    static string Concat(IReadOnlyList<LineFragment> fragments, int first, int last)
    {
        var text = new System.Text.StringBuilder();
        for (int i = first; i <= last; i++)
        {
            text.Append(fragments[i].Text);
        }

        return text.ToString();
    }

    void AddLinks(PdfPage page, PageBox box, Dictionary<string, (int Page, double X, double Y)> anchors, PageGeometry geometry)
    {
        int index = 0;
        foreach (var link in box.Items.OfType<LinkItem>())
        {
            // Annotation rectangles and destinations are in PDF user space: origin bottom-left.
            var rect = new PdfRectangle(new XPoint(link.X, geometry.Height - link.Y - link.Height), new XPoint(link.X + link.Width, geometry.Height - link.Y));
            PdfLinkAnnotation? annotation = link.Target switch
            {
                ExternalLink e => page.AddWebLink(rect, e.Url),
                InternalLink i when anchors.TryGetValue(i.Anchor, out var to) =>
                    page.AddDocumentLink(rect, to.Page, new XPoint(Math.Round(to.X), Math.Round(geometry.Height - to.Y + 2))),
                _ => null,
            };

            if (annotation is not null)
            {
                // PDFsharp stamps each annotation with a random GUID and the wall clock; make both stable.
                annotation.Elements.SetString("/NM", $"bk-{box.Number}-{++index}");
                annotation.Elements.SetDateTime("/M", timestamp.UtcDateTime);
            }
        }
    }

    XSolidBrush Brush(Rgb c)
    {
        if (!_brushes.TryGetValue(c, out var brush))
        {
            brush = new XSolidBrush(Color(c));
            _brushes[c] = brush;
        }

        return brush;
    }

    static XColor Color(Rgb c) => XColor.FromArgb(c.R, c.G, c.B);
}
