using BriefingKit.Pdf.Determinism;
using BriefingKit.Pdf.Fonts;
using BriefingKit.Pdf.Layout;
using System.Runtime.InteropServices;
using System.Text;
using BriefingKit.Pdf.Layout.Bidi;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace BriefingKit.Pdf.Document;

/// <summary>
/// Draws a finished layout into a PDFsharp document: each page's display list becomes its content stream
/// (<see cref="ContentStreamWriter"/>: text, rules and tints), then link annotations (URLs, and internal
/// jumps to anchors with an exact position), the embedded font subsets and the bookmarks.
/// Nothing here decides positions; it only paints what the layout placed. Each page's content stream
/// is compressed while the next pages are painted (<see cref="PageContentPacker"/>).
/// </summary>
internal sealed class PdfPainter(FontBook fonts, DateTimeOffset timestamp)
{
    readonly DocumentFonts _documentFonts = new(fonts);
    readonly List<ushort> _glyphs = [];

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

        var facesByPage = new List<IReadOnlySet<int>>(layout.Pages.Count);
        foreach (var box in layout.Pages)
        {
            var content = new ContentStreamWriter(geometry.Height);
            var faces = new HashSet<int>();
            foreach (var item in box.Items)
            {
                Draw(content, faces, item);
            }

            var page = document.AddPage();
            page.Width = XUnit.FromPoint(geometry.Width);
            page.Height = XUnit.FromPoint(geometry.Height);
            var stream = page.Contents.AppendContent();
            stream.CreateStream(content.ToArray());
            facesByPage.Add(faces);
            packer.Add(stream);
            AddLinks(page, box, anchors, geometry);
        }

        _documentFonts.Embed(document, facesByPage);
        packer.Finish();
        OutlineBuilder.Add(document, layout, geometry);
        return document;
    }

    void Draw(ContentStreamWriter content, HashSet<int> faces, DisplayItem item)
    {
        switch (item)
        {
            case RectItem r:
                content.Rectangle(r.Fill, r.Stroke, r.StrokeWidth, r.X, r.Y, r.Width, r.Height);
                break;
            case RuleItem l:
                content.Line(l.Color, l.Thickness, l.X1, l.Y1, l.X2, l.Y2);
                break;
            case TextLineItem line:
                DrawLine(content, faces, line);
                break;
        }
    }

    void DrawLine(ContentStreamWriter content, HashSet<int> faces, TextLineItem line)
    {
        var fragments = line.Fragments;
        for (int i = 0; i < fragments.Count; i++)
        {
            var f = fragments[i];
            var style = f.Style;
            double x = line.X + f.X, baseline = line.Baseline - style.Rise;
            if (style.Background is { } bg)
            {
                var vm = fonts.Vertical(style.Face, style.EffectiveSize);
                content.Rectangle(bg, null, 0, x - 0.5, baseline - vm.Ascent, f.Width + 1, vm.Ascent + vm.Descent);
            }

            if (style.Face.Shaped > 0)
            {
                DrawShaped(content, faces, f, x, baseline);
                continue;
            }

            // Neighbours in the same style (split only by a link boundary) are one text operator: widths
            // are additive (no kerning), so the glyphs land where the layout put them.
            _glyphs.Clear();
            _documentFonts.Encode(style.Face, f.RightToLeft ? Mirrored(f.Text) : f.Text, _glyphs);
            int last = i;
            while (last + 1 < fragments.Count && fragments[last + 1].Style == style && style.Background is null && !f.RightToLeft && !fragments[last + 1].RightToLeft)
            {
                _documentFonts.Encode(style.Face, fragments[++last].Text, _glyphs);
            }

            if (_glyphs.Count > 0)
            {
                faces.Add(FontBook.Slot(style.Face));
                content.Text(_documentFonts.ResourceName(style.Face), style.EffectiveSize, style.Color, x, baseline, CollectionsMarshal.AsSpan(_glyphs));
            }

            if (style.Strike)
            {
                double y = baseline - (style.EffectiveSize * 0.3), width = fragments[last].X + fragments[last].Width - f.X;
                content.Line(style.Color, style.EffectiveSize * 0.06, x, y, x + width, y);
            }

            i = last;
        }
    }

    void DrawShaped(ContentStreamWriter content, HashSet<int> faces, LineFragment f, double x, double baseline)
    {
        var style = f.Style;
        var file = fonts.Shaping(style.Face).Font.Embeddable!; // fallback files are chosen only when embeddable
        var run = _documentFonts.Shape(style.Face, f.Text, f.RightToLeft);
        faces.Add(FontBook.Slot(style.Face));
        content.ShapedText(_documentFonts.ResourceName(style.Face), style.EffectiveSize, style.Color, x, baseline, run, file.AdvanceWidth, file.UnitsPerEm, f.RightToLeft ? null : f.Text);
        if (style.Strike)
        {
            double y = baseline - (style.EffectiveSize * 0.3);
            content.Line(style.Color, style.EffectiveSize * 0.06, x, y, x + f.Width, y);
        }
    }

    /// <summary>Unshaped text at an odd bidi level (spaces and punctuation between right-to-left words): reversed, brackets mirrored.</summary>
    static string Mirrored(string text)
    {
        var runes = text.EnumerateRunes().Select(r => new Rune(BidiCharacters.Mirror(r.Value))).Reverse();
        return string.Concat(runes.Select(r => r.ToString()));
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
}
