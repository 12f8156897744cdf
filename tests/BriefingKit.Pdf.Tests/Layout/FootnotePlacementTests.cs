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
