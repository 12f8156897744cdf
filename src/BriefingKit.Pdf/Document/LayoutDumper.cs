using System.Globalization;
using System.Text;
using BriefingKit.Pdf.Layout;

namespace BriefingKit.Pdf.Document;

/// <summary>
/// A plain-text picture of a layout, one display item per line, for approval tests and reviews:
/// what is where on which page, in points from the top-left corner, rounded to 0.1 pt.
/// </summary>
internal static class LayoutDumper
{
    public static string Dump(DocumentLayout layout, IEnumerable<BriefingKit.Schema.Diagnostics.Diagnostic> diagnostics)
    {
        var sb = new StringBuilder();
        var g = layout.Geometry;
        sb.Append(Inv($"layout {g.Name} {g.Width:0.##} x {g.Height:0.##} pt, {layout.Pages.Count} pages\n"));
        foreach (var d in diagnostics)
        {
            sb.Append("diagnostic ").Append(d.ToString()).Append('\n');
        }

        foreach (var page in layout.Pages)
        {
            sb.Append(Inv($"\npage {page.Number}\n"));
            foreach (var item in page.Items)
            {
                sb.Append("  ").Append(Line(item)).Append('\n');
            }
        }

        return sb.ToString();
    }

    static string Line(DisplayItem item) => item switch
    {
        TextLineItem t => Inv($"text   {t.X:0.0},{t.Baseline:0.0} w={t.Width:0.0} {Style(t.Fragments[0].Style)}{OtherStyles(t)} \"{t.Text}\""),
        RuleItem r => Inv($"rule   {r.X1:0.0},{r.Y1:0.0} -> {r.X2:0.0},{r.Y2:0.0} {r.Thickness:0.##}pt {r.Color}"),
        RectItem r => Inv($"rect   {r.X:0.0},{r.Y:0.0} {r.Width:0.0}x{r.Height:0.0} {r.Fill}{(r.Stroke is { } s ? $" stroke {s}" : "")}"),
        LinkItem l => Inv($"link   {l.X:0.0},{l.Y:0.0} {l.Width:0.0}x{l.Height:0.0} -> {l.Target}"),
        AnchorItem a => Inv($"anchor #{a.Id} {a.X:0.0},{a.Y:0.0}"),
        HeadingItem h => Inv($"heading {h.Level} \"{h.Title}\" #{h.Anchor}"),
        PageBreakItem b => Inv($"break  line {b.Line}"),
        _ => item.ToString() ?? "",
    };

    static string Style(RunStyle s) => Inv($"{s.Face}/{s.EffectiveSize:0.##}{(s.Superscript ? "^" : "")}");

    static string OtherStyles(TextLineItem t)
    {
        var others = t.Fragments.Skip(1).Select(f => Style(f.Style)).Distinct().Where(s => s != Style(t.Fragments[0].Style)).ToList();
        return others.Count == 0 ? "" : " +" + string.Join(',', others);
    }

    static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
