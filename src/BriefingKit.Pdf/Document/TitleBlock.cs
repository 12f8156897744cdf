using BriefingKit.Pdf.Layout;

namespace BriefingKit.Pdf.Document;

/// <summary>
/// The top of page one: the marking in a ruled banner, the title, the subtitle, then "As of",
/// "Prepared for" and "Prepared by" in one paragraph, closed by a navy rule. Replaces the Markdown H1.
/// </summary>
internal static class TitleBlock
{
    public const string Anchor = "title";

    /// <summary>The title block; <paramref name="printable"/> sets characters its faces lack in fallback fonts.</summary>
    public static Element Build(BriefingInfo info, Func<List<TextRun>, List<TextRun>> printable)
    {
        var parts = new List<Element>();
        if (info.Marking is { } marking)
        {
            var style = new ParagraphStyle(new RunStyle(BriefingTheme.SansBold, 8.5, BriefingTheme.Ink), 11) { Align = TextAlign.Center };
            parts.Add(new BoxElement(new ParagraphElement(printable([new TextRun(marking, style.Base)]), style), new BoxStyle(3, 6, 3, 6) { Border = BriefingTheme.Ink, BorderWidth = 0.75, SpaceAfter = 12 }));
        }

        var titleStyle = new ParagraphStyle(new RunStyle(BriefingTheme.SansBold, 19, BriefingTheme.Navy), 23, 0, 4);
        var title = new ParagraphElement(printable([new TextRun(info.Title, titleStyle.Base)]), titleStyle);
        parts.Add(new HeadingElement(title, Anchor, 1, info.Title, null));
        if (info.Subtitle is { } subtitle)
        {
            var style = new ParagraphStyle(new RunStyle(BriefingTheme.Sans, 10.5, BriefingTheme.Grey), 13.5, 0, 6);
            parts.Add(new ParagraphElement(printable([new TextRun(subtitle, style.Base)]), style));
        }

        AddMeta(parts, printable, [("AS OF", info.AsOf), ("PREPARED FOR", info.Audience), ("PREPARED BY", info.Author)]);
        parts.Add(new RuleElement(1.5, BriefingTheme.Navy, 7, 12)); // compact: page one has to hold the whole bottom line
        return new ColumnElement(parts);
    }

    /// <summary>"AS OF 28 December 2023 · PREPARED FOR … · PREPARED BY …" as one paragraph: page one needs the lines.</summary>
    static void AddMeta(List<Element> parts, Func<List<TextRun>, List<TextRun>> printable, IEnumerable<(string Label, string? Value)> items)
    {
        var style = new ParagraphStyle(new RunStyle(BriefingTheme.Sans, 8.5, BriefingTheme.Ink), 12, 0, 1);
        var label = style.Base with { Face = BriefingTheme.SansBold, Color = BriefingTheme.Navy, Size = 7.5 };
        var runs = new List<TextRun>();
        foreach (var (name, value) in items.Where(i => i.Value is not null))
        {
            if (runs.Count > 0)
            {
                runs.Add(new TextRun("  ·  ", style.Base));
            }

            runs.Add(new TextRun(name + "  ", label));
            runs.Add(new TextRun(value!, style.Base));
        }

        if (runs.Count > 0)
        {
            parts.Add(new ParagraphElement(printable(runs), style));
        }
    }
}
