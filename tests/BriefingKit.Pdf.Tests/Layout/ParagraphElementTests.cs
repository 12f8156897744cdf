using BriefingKit.Pdf.Document;
using BriefingKit.Pdf.Layout;
using BriefingKit.Pdf.Tests.Support;

namespace BriefingKit.Pdf.Tests.Layout;

public sealed class ParagraphElementTests : IDisposable
{
    readonly LayoutHarness _h = new();
    static readonly double Leading = BriefingTheme.Body.Leading;

    public void Dispose() => _h.Dispose();

    [Fact]
    public void Fits_fully_when_there_is_room()
    {
        var plan = LayoutHarness.Lines(3).Measure(_h.Context(), 400, 10 * Leading);

        plan.Kind.ShouldBe(SpacePlanKind.Full);
        plan.Height.ShouldBe(3 * Leading, 0.01);
    }

    [Fact]
    public void Splits_with_a_remainder_when_only_part_fits()
    {
        var plan = LayoutHarness.Lines(8).Measure(_h.Context(), 400, (5 * Leading) + 1);

        plan.Kind.ShouldBe(SpacePlanKind.Partial);
        plan.Height.ShouldBe(5 * Leading, 0.01);
        plan.Remainder!.Measure(_h.Context(), 400, 100 * Leading).Height.ShouldBe(3 * Leading, 0.01);
    }

    [Fact]
    public void Leaves_no_widow_one_line_is_pulled_over_to_the_next_page()
    {
        // 5 lines, room for 4: printing 4 would strand 1 line, so 3 go here and 2 there.
        var plan = LayoutHarness.Lines(5).Measure(_h.Context(), 400, (4 * Leading) + 1);

        plan.Kind.ShouldBe(SpacePlanKind.Partial);
        plan.Height.ShouldBe(3 * Leading, 0.01);
    }

    [Fact]
    public void Leaves_no_orphan_a_single_first_line_moves_with_the_rest()
    {
        var plan = LayoutHarness.Lines(6).Measure(_h.Context(), 400, Leading + 1);

        plan.Kind.ShouldBe(SpacePlanKind.Wrap);
        plan.Reason.ShouldNotBeNull().ShouldContain("2 lines");
    }

    [Fact]
    public void Relaxed_rules_allow_a_single_line_when_nothing_else_fits()
    {
        var plan = LayoutHarness.Lines(6).Measure(_h.Context().AsRelaxed(), 400, Leading + 1);

        plan.Kind.ShouldBe(SpacePlanKind.Partial);
        plan.Height.ShouldBe(Leading, 0.01);
    }

    [Fact]
    public void Arranged_lines_sit_inside_the_area_given()
    {
        var page = new PageBox(1);
        LayoutHarness.Paragraph("A paragraph long enough to wrap onto several lines of text in a narrow column, with López Obrador.")
            .Arrange(_h.Context(), new DisplaySink(page), 10, 20, 120);

        var lines = page.Items.OfType<TextLineItem>().ToList();
        lines.Count.ShouldBeGreaterThan(2);
        lines.ShouldAllBe(l => l.X >= 10 && l.X + l.Width <= 130.001 && l.Top >= 20);
        lines.Zip(lines.Skip(1)).ShouldAllBe(p => p.Second.Top >= p.First.Top + p.First.Height - 0.001);
    }
}
