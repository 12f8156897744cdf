using BriefingKit.Pdf.Document;
using BriefingKit.Pdf.Layout;
using BriefingKit.Pdf.Tests.Support;

namespace BriefingKit.Pdf.Tests.Layout;

/// <summary>The forced page break as a layout element, paginated on its own (300 pt pages).</summary>
public sealed class PageBreakElementTests : IDisposable
{
    readonly LayoutHarness _h = new();

    public void Dispose() => _h.Dispose();

    static HeadingElement Heading() =>
        new(LayoutHarness.Paragraph("Timeline", BriefingTheme.Heading2), "timeline", 1, "Timeline", BriefingTheme.Hairline);

    static List<string> Texts(PageBox page) => [.. page.Items.OfType<TextLineItem>().Select(l => l.Text)];

    [Fact]
    public void Nothing_after_a_break_goes_on_the_current_page()
    {
        var root = new ColumnElement([LayoutHarness.Lines(2, "before"), new PageBreakElement(), LayoutHarness.Lines(2, "after")]);

        var pages = _h.Paginate(root);

        pages.Count.ShouldBe(2);
        Texts(pages[0]).ShouldBe(["before 1", "before 2"]);
        Texts(pages[1]).ShouldBe(["after 1", "after 2"]);
        _h.Diagnostics.Items.ShouldBeEmpty();
    }

    [Fact]
    public void Breaks_in_a_row_and_a_break_at_the_end_leave_no_empty_page()
    {
        var root = new ColumnElement(
        [
            LayoutHarness.Lines(2, "before"), new PageBreakElement(), new PageBreakElement(), new PageBreakElement(),
            LayoutHarness.Lines(2, "after"), new PageBreakElement(),
        ]);

        var pages = _h.Paginate(root);

        pages.Count.ShouldBe(2);
        Texts(pages[1]).ShouldBe(["after 1", "after 2"]);
    }

    [Fact]
    public void A_break_right_where_a_full_page_ends_leaves_no_empty_page()
    {
        var full = LayoutHarness.Lines(6, "full");
        double height = full.Measure(_h.Context(), 400, 10_000).Height;
        var root = new ColumnElement([full, new PageBreakElement(), LayoutHarness.Lines(2, "after")]);

        var pages = _h.Paginate(root, height: height);

        pages.Count.ShouldBe(2);
        Texts(pages[0]).Count.ShouldBe(6);
        Texts(pages[1]).ShouldBe(["after 1", "after 2"]);
    }

    [Fact]
    public void A_heading_after_a_break_starts_the_page_as_at_any_page_top_and_keeps_with_next()
    {
        var alone = _h.Paginate(new ColumnElement([new KeepWithNextElement(Heading(), LayoutHarness.Lines(2, "after"))]));
        var root = new ColumnElement([LayoutHarness.Lines(2, "before"), new PageBreakElement(), new KeepWithNextElement(Heading(), LayoutHarness.Lines(2, "after"))]);

        var pages = _h.Paginate(root);

        pages.Count.ShouldBe(2);
        pages[1].Items.OfType<HeadingItem>().Single().Title.ShouldBe("Timeline");
        Texts(pages[1]).ShouldBe(["Timeline", "after 1", "after 2"]);
        pages[1].Items.OfType<TextLineItem>().First().Top.ShouldBe(alone[0].Items.OfType<TextLineItem>().First().Top, 0.001);
    }

    [Fact]
    public void A_heading_after_a_break_still_moves_with_its_block_when_that_does_not_fit()
    {
        var root = new ColumnElement(
        [
            LayoutHarness.Lines(2, "before"), new PageBreakElement(), LayoutHarness.Lines(18, "filler"),
            new KeepWithNextElement(Heading(), LayoutHarness.Lines(4, "after")),
        ]);

        var pages = _h.Paginate(root);

        pages.Count.ShouldBe(3);
        pages[1].Items.OfType<HeadingItem>().ShouldBeEmpty();
        Texts(pages[2]).First().ShouldBe("Timeline");
    }
}
