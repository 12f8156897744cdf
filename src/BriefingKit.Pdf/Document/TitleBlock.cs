using BriefingKit.Pdf.Layout;

namespace BriefingKit.Pdf.Document;

/// <summary>
/// The top of page one: the marking in a ruled banner, the title, the subtitle, then "As of",
/// "Prepared for" and "Prepared by" lines, closed by a navy rule. Replaces the Markdown H1.
/// </summary>
internal static class TitleBlock
{
    public const string Anchor = "title";

    public static Element Build(BriefingInfo info)
    {
        var parts = new List<Element>();
        if (info.Marking is { } marking)
        {
            var style = new ParagraphStyle(new RunStyle(BriefingTheme.SansBold, 8.5, BriefingTheme.Ink), 11) { Align = TextAlign.Center };
            parts.Add(new BoxElement(new ParagraphElement([new TextRun(marking, style.Base)], style), new BoxStyle(3, 6, 3, 6) { Border = BriefingTheme.Ink, BorderWidth = 0.75, SpaceAfter = 18 }));
        }

        var titleStyle = new ParagraphStyle(new RunStyle(BriefingTheme.SansBold, 21, BriefingTheme.Navy), 25.5, 0, 5);
        var title = new ParagraphElement([new TextRun(info.Title, titleStyle.Base)], titleStyle);
        parts.Add(new HeadingElement(title, Anchor, 1, info.Title, null));
        if (info.Subtitle is { } subtitle)
        {
            var style = new ParagraphStyle(new RunStyle(BriefingTheme.Sans, 11.5, BriefingTheme.Grey), 15, 0, 8);
            parts.Add(new ParagraphElement([new TextRun(subtitle, style.Base)], style));
        }

        AddMeta(parts, "AS OF", info.AsOf);
        AddMeta(parts, "PREPARED FOR", info.Audience);
        AddMeta(parts, "PREPARED BY", info.Author);
        parts.Add(new RuleElement(1.5, BriefingTheme.Navy, 9, 16));
        return new ColumnElement(parts);
    }

    static void AddMeta(List<Element> parts, string label, string? value)
    {
        if (value is null)
        {
            return;
        }

        var style = new ParagraphStyle(new RunStyle(BriefingTheme.Sans, 8.5, BriefingTheme.Ink), 12, 0, 1);
        parts.Add(new ParagraphElement(
            [new TextRun(label + "  ", style.Base with { Face = BriefingTheme.SansBold, Color = BriefingTheme.Navy, Size = 7.5 }), new TextRun(value, style.Base)],
            style));
    }
}
