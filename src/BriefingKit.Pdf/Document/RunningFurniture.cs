using System.Globalization;
using BriefingKit.Pdf.Layout;

namespace BriefingKit.Pdf.Document;

/// <summary>
/// Running header and footer: the marking centred at the top and bottom of every page (as
/// classification banners are), the title and "Page X of Y" under the footer rule.
/// </summary>
internal static class RunningFurniture
{
    static readonly RunStyle MarkingStyle = new(BriefingTheme.SansBold, 7.5, BriefingTheme.Ink);
    static readonly RunStyle SmallStyle = new(BriefingTheme.Sans, 7, BriefingTheme.Grey);

    public static void Add(PageBox page, int pageCount, BriefingInfo info, PageGeometry geometry, ITextMeasurer measurer)
    {
        var frame = geometry.Body;
        double left = frame.Left, right = frame.Left + frame.Width;
        string top = info.Marking ?? info.Title;
        var topStyle = info.Marking is null ? SmallStyle : MarkingStyle;
        Text(page, measurer, Fit(top, topStyle, frame.Width, measurer), topStyle, left, right, geometry.HeaderBaseline, TextAlign.Center);
        page.Items.Add(new RuleItem(left, geometry.HeaderRuleY, right, geometry.HeaderRuleY, 0.4, BriefingTheme.Hairline));

        page.Items.Add(new RuleItem(left, geometry.FooterRuleY, right, geometry.FooterRuleY, 0.4, BriefingTheme.Hairline));
        if (info.Marking is { } marking)
        {
            Text(page, measurer, Fit(marking, MarkingStyle, frame.Width, measurer), MarkingStyle, left, right, geometry.FooterBaseline, TextAlign.Center);
        }

        string number = string.Create(CultureInfo.InvariantCulture, $"Page {page.Number} of {pageCount}");
        double numberWidth = measurer.Width(number, SmallStyle.Face, SmallStyle.Size);
        string runningTitle = info.AsOf is null ? info.Title : $"{info.Title} \u00B7 {info.AsOf}";
        Text(page, measurer, Fit(runningTitle, SmallStyle, frame.Width - numberWidth - 24, measurer), SmallStyle, left, right, geometry.FooterSecondBaseline, TextAlign.Left);
        Text(page, measurer, number, SmallStyle, left, right, geometry.FooterSecondBaseline, TextAlign.Right);
    }

    static void Text(PageBox page, ITextMeasurer m, string text, RunStyle style, double left, double right, double baseline, TextAlign align)
    {
        double w = m.Width(text, style.Face, style.Size);
        double x = align switch
        {
            TextAlign.Center => left + ((right - left - w) / 2),
            TextAlign.Right => right - w,
            _ => left,
        };
        var vm = m.Vertical(style.Face, style.Size);
        page.Items.Add(new TextLineItem(x, baseline - vm.Ascent, baseline, vm.Ascent + vm.Descent, [new LineFragment(0, w, text, style, null)]));
    }

    /// <summary>Shortens text with an ellipsis until it fits the width.</summary>
    static string Fit(string text, RunStyle style, double width, ITextMeasurer m)
    {
        if (m.Width(text, style.Face, style.Size) <= width)
        {
            return text;
        }

        int n = text.Length;
        while (n > 1 && m.Width(string.Concat(text.AsSpan(0, n).TrimEnd(), "\u2026"), style.Face, style.Size) > width)
        {
            n--;
        }

        return string.Concat(text.AsSpan(0, n).TrimEnd(), "\u2026");
    }
}
