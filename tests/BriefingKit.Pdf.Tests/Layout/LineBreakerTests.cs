using BriefingKit.Pdf.Document;
using BriefingKit.Pdf.Layout;
using BriefingKit.Pdf.Tests.Support;

namespace BriefingKit.Pdf.Tests.Layout;

public sealed class LineBreakerTests : IDisposable
{
    readonly LayoutHarness _h = new();

    public void Dispose() => _h.Dispose();

    static readonly RunStyle Body = BriefingTheme.BodyRun;

    [Fact]
    public void Lines_never_exceed_the_width_and_break_between_words()
    {
        const string text = "President Biden called President Andrés Manuel López Obrador on 21 December 2023, as migrant crossings reached record levels.";
        var lines = LineBreaker.Break([new TextRun(text, Body)], 150, _h.Fonts, Body);

        lines.Count.ShouldBeGreaterThan(2);
        lines.ShouldAllBe(l => l.Width <= 150.001);
        string.Join(" ", lines.Select(l => string.Concat(l.Fragments.Select(f => f.Text)))).ShouldBe(text);
    }

    [Fact]
    public void A_word_moves_to_the_next_line_when_it_does_not_fit()
    {
        double two = _h.Fonts.Width("aaa bbb", Body.Face, Body.Size);
        var lines = LineBreaker.Break([new TextRun("aaa bbb ccc", Body)], two + 1, _h.Fonts, Body);

        lines.Select(l => l.Fragments[0].Text).ShouldBe(["aaa bbb", "ccc"]);
    }

    [Fact]
    public void Widths_come_from_the_font_metrics()
    {
        var lines = LineBreaker.Break([new TextRun("WWW iii", Body)], 500, _h.Fonts, Body);

        lines.Single().Width.ShouldBe(_h.Fonts.Width("WWW iii", Body.Face, Body.Size), 0.001);
        _h.Fonts.Width("WWW", Body.Face, Body.Size).ShouldBeGreaterThan(2 * _h.Fonts.Width("iii", Body.Face, Body.Size));
    }

    [Fact]
    public void Mixed_runs_keep_their_styles_and_words_glued_across_runs()
    {
        var bold = Body.With(bold: true);
        var lines = LineBreaker.Break([new TextRun("see ", Body), new TextRun("bold", bold), new TextRun(", then", Body)], 500, _h.Fonts, Body);

        var f = lines.Single().Fragments;
        f.Select(x => x.Text).ShouldBe(["see ", "bold", ", then"]);
        f[1].Style.Face.Bold.ShouldBeTrue();
        f[1].X.ShouldBe(f[0].Width, 0.001);
    }

    [Fact]
    public void A_long_url_breaks_after_a_slash_instead_of_overflowing()
    {
        const string url = "https://www.cbsnews.com/news/white-house-meeting-mexican-president-andres-manuel-lopez-obrador-productive/";
        var lines = LineBreaker.Break([new TextRun(url, Body)], 200, _h.Fonts, Body);

        lines.Count.ShouldBeGreaterThan(1);
        lines.ShouldAllBe(l => l.Width <= 200.001);
        string.Concat(lines.Select(l => l.Fragments[0].Text)).ShouldBe(url);
        lines[0].Fragments[0].Text[^1].ShouldBeOneOf('/', '-', '.'); // at a natural break point, not mid-word
    }

    [Fact]
    public void Hard_breaks_start_new_lines_and_footnote_labels_stay_with_their_line()
    {
        var mark = new TextRun("1", BriefingTheme.FootnoteMark(Body), new InternalLink("fn-a"), "a");
        var lines = LineBreaker.Break([new TextRun("first", Body), TextRun.Break(Body), new TextRun("second", Body), mark], 500, _h.Fonts, Body);

        lines.Count.ShouldBe(2);
        lines[0].Notes.ShouldBeEmpty();
        lines[1].Notes.ShouldBe(["a"]);
        lines[1].Ascent.ShouldBeGreaterThan(lines[0].Ascent); // the superscript rises above the text
    }
}
