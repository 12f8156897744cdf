using BriefingKit.Pdf.Document;
using BriefingKit.Pdf.Layout;
using BriefingKit.Pdf.Tests.Support;

namespace BriefingKit.Pdf.Tests.Layout;

public sealed class TableColumnsTests
{
    const double Width = 468;

    [Fact]
    public void A_short_column_keeps_its_cells_on_one_line_beside_long_prose()
    {
        using var harness = new LayoutHarness();
        string prose = string.Join(' ', Enumerable.Repeat("What the speaker said, at some length, in the source's words.", 6));
        var rows = new List<IReadOnlyList<Element>>
        {
            Row("A senior Biden administration official", "27 Dec 2023", prose),
            Row("Brandon Johnson", "2024", prose),
        };

        var (widths, tooWide) = TableColumns.Compute(rows, 3, Width, 4, harness.Fonts);

        tooWide.ShouldBeFalse();
        widths.Sum().ShouldBe(Width, 0.01);
        double date = Cell(harness, "27 Dec 2023");
        widths[1].ShouldBeGreaterThanOrEqualTo(date + 8, "the date fits on one line");
        widths[2].ShouldBeGreaterThan(widths[0], "the prose still gets the most room");
    }

    [Fact]
    public void Short_columns_give_way_when_the_long_ones_would_lose_their_widest_words()
    {
        using var harness = new LayoutHarness();
        string word = new('W', 17); // about 130 pt: under the 30 % cap on one word
        var rows = new List<IReadOnlyList<Element>>
        {
            Row($"{word} {word}", "21 Dec 2023", "a b c", "21 Dec 2023", "21 Dec 2023", "21 Dec 2023", "21 Dec 2023"),
        };

        var (widths, tooWide) = TableColumns.Compute(rows, 7, Width, 4, harness.Fonts);

        tooWide.ShouldBeFalse();
        widths.Sum().ShouldBe(Width, 0.01);
        widths[0].ShouldBeGreaterThanOrEqualTo(Cell(harness, word) + 8 - 0.01);
    }

    static double Cell(LayoutHarness harness, string text) =>
        ((ITextMeasurer)harness.Fonts).Width(text, BriefingTheme.TableCell.Base.Face, BriefingTheme.TableCell.Base.Size);

    static List<Element> Row(params string[] cells) => cells.Select(c => (Element)LayoutHarness.Paragraph(c, BriefingTheme.TableCell)).ToList();
}
