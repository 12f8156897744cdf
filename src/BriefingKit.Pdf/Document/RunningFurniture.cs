using System.Globalization;
using BriefingKit.Pdf.Layout;

namespace BriefingKit.Pdf.Document;

/// <summary>
/// Running header and footer: the marking centred at the top and bottom of every page (as
/// classification banners are), the title and "Page X of Y" under the footer rule. Text in scripts DejaVu
/// lacks is set in fallback fonts and put in display order, as in the body.
/// </summary>
internal static class RunningFurniture
{
    static readonly RunStyle MarkingStyle = new(BriefingTheme.SansBold, 7.5, BriefingTheme.Ink);
    static readonly RunStyle SmallStyle = new(BriefingTheme.Sans, 7, BriefingTheme.Grey);

    public static void Add(PageBox page, int pageCount, BriefingInfo info, PageGeometry geometry, ITextMeasurer measurer, Func<List<TextRun>, List<TextRun>> printable)
    {
        var m = new Furniture(measurer, printable);
        var frame = geometry.Body;
        double left = frame.Left, right = frame.Left + frame.Width;
        string top = info.Marking ?? info.Title;
        var topStyle = info.Marking is null ? SmallStyle : MarkingStyle;
        Text(page, m, Fit(top, topStyle, frame.Width, m), topStyle, left, right, geometry.HeaderBaseline, TextAlign.Center);
        page.Items.Add(new RuleItem(left, geometry.HeaderRuleY, right, geometry.HeaderRuleY, 0.4, BriefingTheme.Hairline));

        page.Items.Add(new RuleItem(left, geometry.FooterRuleY, right, geometry.FooterRuleY, 0.4, BriefingTheme.Hairline));
        if (info.Marking is { } marking)
        {
            Text(page, m, Fit(marking, MarkingStyle, frame.Width, m), MarkingStyle, left, right, geometry.FooterBaseline, TextAlign.Center);
        }

        string number = string.Create(CultureInfo.InvariantCulture, $"Page {page.Number} of {pageCount}");
        double numberWidth = measurer.Width(number, SmallStyle.Face, SmallStyle.Size);
        string runningTitle = info.AsOf is null ? info.Title : $"{info.Title} \u00B7 {info.AsOf}";
        Text(page, m, Fit(runningTitle, SmallStyle, frame.Width - numberWidth - 24, m), SmallStyle, left, right, geometry.FooterSecondBaseline, TextAlign.Left);
        Text(page, m, number, SmallStyle, left, right, geometry.FooterSecondBaseline, TextAlign.Right);
    }

    static void Text(PageBox page, Furniture m, string text, RunStyle style, double left, double right, double baseline, TextAlign align)
    {
        var fragments = new List<LineFragment>();
        double w = 0;
        foreach (var run in m.Printable([new TextRun(text, style)]))
        {
            double width = m.Measurer.Width(run.Text, run.Style.Face, run.Style.Size);
            fragments.Add(new LineFragment(w, width, run.Text, run.Style, null));
            w += width;
        }

        w = LineReorder.Apply(fragments, m.Measurer, w);
        double x = align switch
        {
            TextAlign.Center => left + ((right - left - w) / 2),
            TextAlign.Right => right - w,
            _ => left,
        };
        var vm = m.Measurer.Vertical(style.Face, style.Size);
        page.Items.Add(new TextLineItem(x, baseline - vm.Ascent, baseline, vm.Ascent + vm.Descent, fragments));
    }

    /// <summary>Shortens text with an ellipsis until it fits the width.</summary>
    static string Fit(string text, RunStyle style, double width, Furniture m)
    {
        if (m.Width(text, style) <= width)
        {
            return text;
        }

        int n = text.Length;
        while (n > 1 && (char.IsHighSurrogate(text[n - 1]) || m.Width(string.Concat(text.AsSpan(0, n).TrimEnd(), "\u2026"), style) > width))
        {
            n--;
        }

        return string.Concat(text.AsSpan(0, n).TrimEnd(), "\u2026");
    }

    /// <summary>The measurer and the fallback of one render, as the furniture draws with them.</summary>
    sealed record Furniture(ITextMeasurer Measurer, Func<List<TextRun>, List<TextRun>> Printable)
    {
        /// <summary>The width of text as drawn: in the fallback fonts its characters need.</summary>
        public double Width(string text, RunStyle style) =>
            Printable([new TextRun(text, style)]).Sum(r => Measurer.Width(r.Text, r.Style.Face, r.Style.Size));
    }
}
