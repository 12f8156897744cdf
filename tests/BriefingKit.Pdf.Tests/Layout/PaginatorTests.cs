using BriefingKit.Pdf.Document;
using BriefingKit.Pdf.Layout;
using BriefingKit.Pdf.Tests.Support;

namespace BriefingKit.Pdf.Tests.Layout;

public sealed class PaginatorTests : IDisposable
{
    const double PageHeight = 300;
    readonly LayoutHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public void Content_flows_over_pages_and_never_past_the_page_end()
    {
        var root = new ColumnElement([.. Enumerable.Range(1, 30).Select(i => LayoutHarness.Lines(3, $"p{i}"))]);

        var pages = _h.Paginate(root);

        pages.Count.ShouldBeGreaterThan(3);
        AllLines(pages).ShouldAllBe(l => l.Top >= 0 && l.Top + l.Height <= PageHeight + 0.001);
        AllLines(pages).Count().ShouldBe(90);
        _h.Diagnostics.Items.ShouldBeEmpty();
    }

    [Fact]
    public void A_heading_moves_to_the_next_page_with_the_block_it_introduces()
    {
        var heading = new HeadingElement(LayoutHarness.Paragraph("Timeline", BriefingTheme.Heading2), "timeline", 1, "Timeline", BriefingTheme.Hairline);
        var root = new ColumnElement([LayoutHarness.Lines(18, "filler"), new KeepWithNextElement(heading, LayoutHarness.Lines(4, "after"))]);

        var pages = _h.Paginate(root);

        pages.Count.ShouldBe(2);
        pages[0].Items.OfType<HeadingItem>().ShouldBeEmpty();
        pages[1].Items.OfType<HeadingItem>().Single().Title.ShouldBe("Timeline");
        pages[1].Items.OfType<TextLineItem>().First().Text.ShouldBe("Timeline");
    }

    [Fact]
    public void Without_keep_with_next_the_same_heading_would_have_stayed_behind()
    {
        var heading = new HeadingElement(LayoutHarness.Paragraph("Timeline", BriefingTheme.Heading2), "timeline", 1, "Timeline", BriefingTheme.Hairline);
        var root = new ColumnElement([LayoutHarness.Lines(18, "filler"), heading, LayoutHarness.Lines(4, "after")]);

        _h.Paginate(root)[0].Items.OfType<HeadingItem>().ShouldHaveSingleItem();
    }

    [Fact]
    public void A_table_splits_between_rows_and_repeats_its_header_on_every_page()
    {
        var pages = _h.Paginate(Table(rows: 40));

        pages.Count.ShouldBeGreaterThan(1);
        foreach (var page in pages)
        {
            var texts = page.Items.OfType<TextLineItem>().Select(l => l.Text).ToList();
            texts.Count(t => t == "Date").ShouldBe(1);
            texts[0].ShouldBe("Date"); // header first on every page
        }

        var cells = AllLines(pages).Select(l => l.Text).Where(t => t.StartsWith("row ", StringComparison.Ordinal)).ToList();
        cells.ShouldBe(Enumerable.Range(1, 40).Select(i => $"row {i}"));
    }

    [Fact]
    public void A_row_taller_than_a_page_splits_by_lines_and_loses_nothing()
    {
        var tall = LayoutHarness.Lines(40, "tall");
        var table = new TableElement(
            [new TableRow([LayoutHarness.Paragraph("Event", BriefingTheme.TableHeader)], 0)],
            [new TableRow([tall], 0)],
            1,
            BriefingTheme.Table);

        var pages = _h.Paginate(new ColumnElement([LayoutHarness.Lines(2), table]));

        pages.Count.ShouldBeGreaterThan(1);
        AllLines(pages).Count(l => l.Text.StartsWith("tall ", StringComparison.Ordinal)).ShouldBe(40);
        AllLines(pages).ShouldAllBe(l => l.Top + l.Height <= PageHeight + 0.001);
        _h.Diagnostics.Items.ShouldBeEmpty();
    }

    [Fact]
    public void Keep_rules_are_relaxed_with_a_warning_when_a_block_cannot_fit_otherwise()
    {
        var pages = _h.Paginate(new ColumnElement([new FitsOnlyWhenRelaxed(), LayoutHarness.Lines(2)]));

        pages.Count.ShouldBe(1);
        _h.Diagnostics.Items.ShouldHaveSingleItem().Code.ShouldBe("BK6002");
    }

    [Fact]
    public void A_block_that_can_never_fit_is_reported_as_an_error_not_drawn_over_the_edge()
    {
        var pages = _h.Paginate(new ColumnElement([new NeverFits(), LayoutHarness.Lines(2)]));

        var d = _h.Diagnostics.Items.ShouldHaveSingleItem();
        d.Code.ShouldBe("BK6003");
        d.Message.ShouldContain("taller than any page");
        AllLines(pages).Count().ShouldBe(2);
    }

    TableElement Table(int rows)
    {
        var header = new TableRow([LayoutHarness.Paragraph("Date", BriefingTheme.TableHeader), LayoutHarness.Paragraph("Event", BriefingTheme.TableHeader)], 0);
        var body = Enumerable.Range(1, rows)
            .Select(i => new TableRow([LayoutHarness.Paragraph($"row {i}", BriefingTheme.TableCell), LayoutHarness.Paragraph("something happened", BriefingTheme.TableCell)], i - 1))
            .ToList();
        return new TableElement([header], body, 2, BriefingTheme.Table);
    }

    static IEnumerable<TextLineItem> AllLines(List<PageBox> pages) => pages.SelectMany(p => p.Items.OfType<TextLineItem>());

    sealed class FitsOnlyWhenRelaxed : Element
    {
        public override SpacePlan Measure(LayoutContext context, double width, double height) =>
            context.Relaxed ? SpacePlan.Full(this, 10, []) : SpacePlan.Wrap("it is stubborn");

        public override double Arrange(LayoutContext context, DisplaySink sink, double x, double y, double width) => 10;

        public override string Describe() => "stubborn block";
    }

    sealed class NeverFits : Element
    {
        public override SpacePlan Measure(LayoutContext context, double width, double height) => SpacePlan.Wrap("it is taller than any page");

        public override double Arrange(LayoutContext context, DisplaySink sink, double x, double y, double width) => 1000;

        public override string Describe() => "giant block";
    }
}
