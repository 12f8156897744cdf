using BriefingKit.Pdf.Fonts;
using BriefingKit.Pdf.Layout;

namespace BriefingKit.Pdf.Document;

/// <summary>
/// The typography of a briefing in one place: serif body for reading, sans for structure (headings,
/// tables, running heads), one navy accent. Sizes in points.
/// </summary>
internal static class BriefingTheme
{
    public static readonly Rgb Ink = Rgb.Hex(0x1A1A1A);
    public static readonly Rgb Navy = Rgb.Hex(0x1F3A5F);
    public static readonly Rgb Grey = Rgb.Hex(0x5B6573);
    public static readonly Rgb Hairline = Rgb.Hex(0xC5CDD8);
    public static readonly Rgb Shade = Rgb.Hex(0xF1F4F8);
    public static readonly Rgb HeaderShade = Rgb.Hex(0xE3E9F1);
    public static readonly Rgb LinkBlue = Rgb.Hex(0x1B4F8A);
    public static readonly Rgb CodeShade = Rgb.Hex(0xEEF0F3);

    public static readonly FontFace Serif = new(FontFamilyRole.Serif, false, false);
    public static readonly FontFace Sans = new(FontFamilyRole.Sans, false, false);
    public static readonly FontFace SansBold = new(FontFamilyRole.Sans, true, false);
    public static readonly FontFace Mono = new(FontFamilyRole.Mono, false, false);

    public static RunStyle BodyRun { get; } = new(Serif, 9.5, Ink);

    public static ParagraphStyle Body { get; } = new(BodyRun, 13.4, 0, 6.5);

    public static ParagraphStyle Quote { get; } = new(BodyRun.With(italic: true) with { Color = Rgb.Hex(0x2E3642) }, 13.4, 0, 4);

    public static ParagraphStyle Heading2 { get; } = new(new RunStyle(SansBold, 13, Navy), 16, 15, 7);

    public static ParagraphStyle Heading3 { get; } = new(new RunStyle(SansBold, 10.5, Navy), 13.5, 11, 4);

    public static ParagraphStyle Heading4 { get; } = new(new RunStyle(SansBold, 9.5, Ink), 12.5, 9, 3);

    public static ParagraphStyle TableCell { get; } = new(new RunStyle(Sans, 7.8, Ink), 10.2);

    public static ParagraphStyle TableHeader { get; } = new(new RunStyle(SansBold, 7.8, Navy), 10.2);

    public static ParagraphStyle Footnote { get; } = new(new RunStyle(Serif, 7.4, Ink), 9.3);

    public static ParagraphStyle Code { get; } = new(new RunStyle(Mono, 8, Ink), 10.6);

    public static ParagraphStyle CalloutTitle { get; } = new(new RunStyle(SansBold, 8.5, Navy), 11, 0, 4);

    public static TableStyle Table { get; } = new(4, 3, HeaderShade, Navy, Hairline, Rgb.Hex(0xF7F9FB), 4, 10);

    public static BoxStyle QuoteBox { get; } = new(2, 0, 2, 12) { LeftBar = Hairline, LeftBarWidth = 2.5, SpaceBefore = 3, SpaceAfter = 9 };

    public static BoxStyle Callout { get; } = new(9, 11, 5, 13) { Background = Shade, LeftBar = Navy, LeftBarWidth = 3, SpaceBefore = 6, SpaceAfter = 12 };

    public static BoxStyle CodeBox { get; } = new(5, 6, 5, 6) { Background = CodeShade, SpaceBefore = 2, SpaceAfter = 8 };

    public const double ListIndent = 16;
    public const double ListItemGap = 2.5;
    public const double NoteIndent = 18; // room for three-digit note numbers

    public static RunStyle Link(RunStyle style) => style with { Color = LinkBlue };

    public static RunStyle FootnoteMark(RunStyle style) => style with { Superscript = true, Color = LinkBlue, Face = style.Face with { Bold = false, Italic = false } };

    public static RunStyle InlineCode(RunStyle style) => style with { Face = Mono with { Bold = style.Face.Bold }, Size = style.Size * 0.9, Background = CodeShade };
}
