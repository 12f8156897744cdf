using System.Text;
using BriefingKit.Pdf.Document;
using BriefingKit.Pdf.Fonts;
using BriefingKit.Pdf.Layout;

namespace BriefingKit.Pdf.Tests.Layout;

public sealed class FootnotePlacementTests
{
    [Fact]
    public void Each_note_is_printed_at_the_bottom_of_the_page_where_it_is_first_cited()
    {
        var layout = Lay(ManyCitations(), FootnotePlacement.PageBottom, out _);

        layout.Pages.Count.ShouldBeGreaterThan(2);
        for (int n = 1; n <= 12; n++)
        {
            int cited = PageOf(layout, p => p.Items.OfType<LinkItem>().Any(l => l.Target == new InternalLink($"fn-n{n}")));
            int printed = PageOf(layout, p => p.Items.OfType<AnchorItem>().Any(a => a.Id == $"fn-n{n}"));
            printed.ShouldBe(cited, $"note n{n}");
        }
    }

    [Fact]
    public void Notes_sit_below_the_body_text_and_above_the_footer()
    {
        var layout = Lay(ManyCitations(), FootnotePlacement.PageBottom, out _);
        var frame = layout.Geometry.Body;

        foreach (var page in layout.Pages)
        {
            var firstNote = page.Items.OfType<AnchorItem>().Where(a => a.Id.StartsWith("fn-", StringComparison.Ordinal)).Select(a => a.Y).DefaultIfEmpty(double.MaxValue).Min();
            var body = page.Items.OfType<TextLineItem>().Where(l => l.Top >= frame.Top - 0.01 && l.Top < firstNote);
            body.ShouldAllBe(l => l.Top + l.Height <= firstNote + 0.01);
            page.Items.OfType<TextLineItem>().Where(l => l.Top >= frame.Top - 0.01 && l.Top < frame.Top + frame.Height)
                .ShouldAllBe(l => l.Top + l.Height <= frame.Top + frame.Height + 0.01);
        }
    }

    [Fact]
    public void Two_short_notes_in_a_row_share_a_line_and_a_long_note_has_the_width_to_itself()
    {
        string longNote = string.Join(' ', Enumerable.Repeat("A long note that needs the whole width of the page.", 4));
        var layout = Lay(
            "A claim.[^a] Another.[^b] A third.[^c] A fourth.[^d]\n\n" +
            $"[^a]: CBS News, 28 Dec 2023, para 4.\n[^b]: ADN America, 28 Dec 2023, para 9.\n[^c]: {longNote}\n[^d]: WSJ, para 2.\n",
            FootnotePlacement.PageBottom,
            out _);

        var anchors = layout.Pages[0].Items.OfType<AnchorItem>().Where(a => a.Id.StartsWith("fn-", StringComparison.Ordinal)).ToDictionary(a => a.Id);
        anchors["fn-b"].Y.ShouldBe(anchors["fn-a"].Y);
        anchors["fn-b"].X.ShouldBeGreaterThan(anchors["fn-a"].X + (layout.Geometry.Body.Width / 3));
        anchors["fn-c"].Y.ShouldBeGreaterThan(anchors["fn-a"].Y);
        anchors["fn-c"].X.ShouldBe(anchors["fn-a"].X);
        anchors["fn-d"].Y.ShouldBeGreaterThan(anchors["fn-c"].Y, "a short note after a long one starts a new line: notes keep their order");

        var noteLines = layout.Pages[0].Items.OfType<TextLineItem>().Where(l => l.Top >= anchors["fn-a"].Y && l.Top < anchors["fn-c"].Y).ToList();
        noteLines.Count(l => l.Fragments.Any(f => f.Text.Contains("CBS News", StringComparison.Ordinal))).ShouldBe(1);
        var right = noteLines.Single(l => l.Fragments.Any(f => f.Text.Contains("ADN America", StringComparison.Ordinal)));
        var left = noteLines.Single(l => l.Fragments.Any(f => f.Text.Contains("CBS News", StringComparison.Ordinal)));
        (left.X + left.Fragments.Sum(f => f.Width)).ShouldBeLessThan(right.X, "the two notes of a line do not overlap");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Pages_of_mixed_short_and_long_notes_never_run_into_the_body_or_the_footer(int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder("---\ntitle: Notes test\n---\n\n");
        var notes = new StringBuilder();
        for (int n = 1; n <= 120; n++)
        {
            sb.Append(string.Join(' ', Enumerable.Repeat("Body text", random.Next(1, 40)))).Append(".[^m").Append(n).Append("]\n\n");
            string text = random.Next(3) == 0 ? string.Join(' ', Enumerable.Repeat("a long note that wraps", random.Next(5, 30))) : $"Outlet {n}, para {random.Next(1, 40)}.";
            notes.Append("[^m").Append(n).Append("]: ").Append(text).Append('\n');
        }

        var layout = Lay(sb.Append(notes).ToString(), FootnotePlacement.PageBottom, out var diagnostics);
        var frame = layout.Geometry.Body;

        diagnostics.Items.ShouldNotContain(d => d.Code == "BK6003");
        layout.Pages.SelectMany(p => p.Items.OfType<AnchorItem>()).Count(a => a.Id.StartsWith("fn-m", StringComparison.Ordinal)).ShouldBe(120);
        foreach (var page in layout.Pages)
        {
            var firstNote = page.Items.OfType<AnchorItem>().Where(a => a.Id.StartsWith("fn-", StringComparison.Ordinal)).Select(a => a.Y).DefaultIfEmpty(double.MaxValue).Min();
            var lines = page.Items.OfType<TextLineItem>().Where(l => l.Top >= frame.Top - 0.01 && l.Top < frame.Top + frame.Height).ToList();
            lines.Where(l => l.Top < firstNote).ShouldAllBe(l => l.Top + l.Height <= firstNote + 0.01);
            lines.ShouldAllBe(l => l.Top + l.Height <= frame.Top + frame.Height + 0.01);
        }
    }

    [Fact]
    public void Endnotes_option_collects_every_note_under_a_notes_heading()
    {
        var layout = Lay(ManyCitations(), FootnotePlacement.Endnotes, out _);

        var last = layout.Pages.SkipWhile(p => !p.Items.OfType<HeadingItem>().Any(h => h.Title == "Notes")).ToList();
        last.ShouldNotBeEmpty();
        last.SelectMany(p => p.Items.OfType<AnchorItem>()).Count(a => a.Id.StartsWith("fn-", StringComparison.Ordinal)).ShouldBe(12);
    }

    [Fact]
    public void A_note_too_tall_for_a_page_bottom_goes_to_the_end_with_a_warning()
    {
        string huge = string.Join(' ', Enumerable.Repeat("A very long footnote sentence that goes on.", 250));
        var layout = Lay($"Claim.[^big]\n\n[^big]: {huge}\n", FootnotePlacement.PageBottom, out var diagnostics);

        diagnostics.Items.ShouldContain(d => d.Code == "BK6008" && d.Message.Contains("[^big]"));
        layout.Pages.SelectMany(p => p.Items.OfType<HeadingItem>()).ShouldContain(h => h.Title == "Notes");
    }

    static string ManyCitations()
    {
        var sb = new StringBuilder("---\ntitle: Notes test\n---\n\n");
        for (int n = 1; n <= 12; n++)
        {
            sb.Append("## Section ").Append(n).Append("\n\n");
            sb.Append(string.Join(' ', Enumerable.Repeat("Padding text for the section, to push citations down the pages.", 12)));
            sb.Append(" A claim with a source.[^n").Append(n).Append("]\n\n");
        }

        for (int n = 1; n <= 12; n++)
        {
            sb.Append("[^n").Append(n).Append("]: Source ").Append(n).Append(", “a verbatim quote” for note ").Append(n).Append(".\n");
        }

        return sb.ToString();
    }

    static int PageOf(DocumentLayout layout, Func<PageBox, bool> predicate) =>
        layout.Pages.First(predicate).Number;

    static DocumentLayout Lay(string markdown, FootnotePlacement placement, out DiagnosticBag diagnostics)
    {
        PdfSharpSetup.EnsureInitialized().ShouldBeNull();
        diagnostics = new DiagnosticBag("test.md");
        using var fonts = FontBook.Load([], diagnostics);
        var options = new PdfBriefingOptions { Footnotes = placement };
        var geometry = PageGeometry.For(options.PageSize);
        var briefing = ComposedBriefing.Compose(markdown, options, fonts, geometry, diagnostics);
        return BriefingLayouter.Layout(briefing, geometry, fonts, diagnostics);
    }
}
