using System.Text;
using BriefingKit.Pdf.Document;
using BriefingKit.Pdf.Layout;

namespace BriefingKit.Pdf.Tests.Document;

/// <summary>
/// The page content operators BriefingKit writes itself: coordinates turned from layout space (y down) into
/// PDF user space (y up), state written only when it changes, glyph IDs as 4-digit hex, invariant numbers.
/// </summary>
public sealed class ContentStreamWriterTests
{
    static readonly Rgb Ink = new(26, 26, 26);
    static readonly Rgb Blue = new(31, 58, 95);

    [Fact]
    public void Text_is_placed_at_its_baseline_in_pdf_space_with_glyph_ids_in_hex()
    {
        var writer = new ContentStreamWriter(792);

        writer.Text("/F4", 9, Ink, 72, 100.25, [0x0038, 0x0AF6, 0xFFFE]);

        Text(writer).ShouldBe("BT\n/F4 9 Tf\n0.102 0.102 0.102 rg\n1 0 0 1 72 691.75 Tm <00380af6fffe> Tj\nET\n");
    }

    [Fact]
    public void Font_and_colour_are_written_only_when_they_change()
    {
        var writer = new ContentStreamWriter(792);

        writer.Text("/F0", 9, Ink, 72, 100, [1]);
        writer.Text("/F0", 9, Ink, 80, 100, [2]);
        writer.Text("/F0", 6.12, Blue, 90, 96.76, [3]);
        writer.Text("/F1", 6.12, Blue, 95, 96.76, [4]);
        string text = Text(writer);

        Count(text, " Tf\n").ShouldBe(3);
        Count(text, " rg\n").ShouldBe(2);
        text.ShouldContain("/F0 6.12 Tf\n0.122 0.228 0.373 rg\n1 0 0 1 90 695.24 Tm <0003> Tj\n/F1 6.12 Tf\n1 0 0 1 95 695.24 Tm <0004> Tj\n");
        Count(text, "BT\n").ShouldBe(1);
    }

    [Fact]
    public void Rectangles_and_lines_close_the_text_object_and_flip_to_pdf_space()
    {
        var writer = new ContentStreamWriter(792);

        writer.Text("/F0", 9, Ink, 72, 100, [1]);
        writer.Rectangle(Blue, null, 0, 72, 699, 468, 17);
        writer.Rectangle(Ink, Blue, 0.75, 10, 20, 30, 40);
        writer.Line(Blue, 1.5, 72, 252.75, 540, 252.75);
        writer.Text("/F0", 9, Ink, 72, 300, [2]);

        Text(writer).ShouldBe(
            "BT\n/F0 9 Tf\n0.102 0.102 0.102 rg\n1 0 0 1 72 692 Tm <0001> Tj\nET\n" +
            "0.122 0.228 0.373 rg\n72 76 468 17 re f\n" +
            "0.102 0.102 0.102 rg\n0.75 w\n0.122 0.228 0.373 RG\n10 732 30 40 re B\n" +
            "1.5 w\n72 539.25 m 540 539.25 l S\n" +
            "BT\n/F0 9 Tf\n1 0 0 1 72 492 Tm <0002> Tj\nET\n");
    }

    [Fact]
    public void Numbers_keep_four_decimals_and_never_print_negative_zero()
    {
        var writer = new ContentStreamWriter(100);

        writer.Line(Ink, 0.061199, 1.0 / 3, 100.00001, -0.00001, 2.5);

        Text(writer).ShouldBe("0.0612 w\n0.102 0.102 0.102 RG\n0.3333 0 m 0 97.5 l S\n");
    }

    static string Text(ContentStreamWriter writer) => Encoding.ASCII.GetString(writer.ToArray());

    static int Count(string text, string what)
    {
        int count = 0;
        for (int at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
