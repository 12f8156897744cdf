using BriefingKit.Pdf.Fonts;
using BriefingKit.Pdf.Layout;

namespace BriefingKit.Pdf.Tests.Layout;

/// <summary>Lines of text without spaces (Chinese, Japanese) and lines with right-to-left text.</summary>
public sealed class ScriptBreakingTests
{
    static readonly RunStyle Body = new(new FontFace(FontFamilyRole.Serif, false, false), 10, Rgb.Black);
    static readonly TenPerCharacter Measurer = new();

    [Fact]
    public void Chinese_text_fills_each_line_and_breaks_between_characters()
    {
        const string text = "中华人民共和国国务院今天宣布了新的水资源政策并将于明年实施。";
        var lines = LineBreaker.Break([new TextRun(text, Body)], 75, Measurer, Body);

        lines.Select(Text).ShouldAllBe(l => l.Length <= 7);
        lines.Take(lines.Count - 1).Select(Text).ShouldAllBe(l => l.Length >= 6); // full lines, not one long "word"
        string.Concat(lines.Select(Text)).ShouldBe(text);
    }

    [Fact]
    public void Ideographs_after_a_latin_word_start_on_its_line_instead_of_moving_down_whole()
    {
        // Ten points a character, ten to a line: "envoy " leaves room for four ideographs on the first line.
        var lines = LineBreaker.Break([new TextRun("envoy 王丽华说水是生命啊", Body)], 100, Measurer, Body);

        lines.Select(Text).ShouldBe(["envoy 王丽华说", "水是生命啊"]);
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line_and_opening_brackets_never_end_one()
    {
        // At 70 points a line holds seven characters; the full stop and the bracket would fall at a line edge.
        var lines = LineBreaker.Break([new TextRun("王丽华说：「水是生命」。佐藤はるかも同意した。", Body)], 70, Measurer, Body);

        lines.Select(Text).ShouldAllBe(l => !"。」：、".Contains(l[0]));
        lines.Select(Text).ShouldAllBe(l => !"「（".Contains(l[l.Length - 1]));
    }

    [Fact]
    public void Ideographs_join_their_neighbours_on_a_line_without_added_spaces()
    {
        var lines = LineBreaker.Break([new TextRun("envoy 王丽华 spoke", Body)], 500, Measurer, Body);

        Text(lines.Single()).ShouldBe("envoy 王丽华 spoke");
    }

    [Fact]
    public void A_hebrew_name_in_an_english_line_reads_right_to_left_and_the_line_keeps_its_width()
    {
        // "Prime Minister בנימין נתניהו said": the two Hebrew words swap places and each is drawn right to left.
        var lines = LineBreaker.Break([new TextRun("Prime Minister ", Body), new TextRun("בנימין נתניהו", Body), new TextRun(" said", Body)], 500, Measurer, Body);

        var line = lines.Single();
        // The Hebrew words and the space between them are one right-to-left piece (kept in reading order; the
        // painter draws it right to left), between the English pieces.
        line.Fragments.Select(f => (f.Text, f.RightToLeft)).ShouldBe([("Prime Minister ", false), ("בנימין נתניהו", true), (" said", false)]);
        line.Fragments.Select(f => f.X).ShouldBe([0, 150, 280]);
        line.Width.ShouldBe(330);
    }

    [Fact]
    public void Digits_inside_arabic_text_stay_left_to_right()
    {
        var lines = LineBreaker.Break([new TextRun("عام 2024 في", Body)], 500, Measurer, Body);

        // Display order, left to right: "في", then the digits as written, then "عام" (each Arabic piece drawn right to left).
        lines.Single().Fragments.Select(f => (f.Text, f.RightToLeft)).ShouldBe([(" في", true), ("2024", false), ("عام ", true)]);
    }

    static string Text(TextLine line) => string.Concat(line.Fragments.Select(f => f.Text));

    /// <summary>Every character (UTF-16 unit) is ten points wide; ascent 8, descent 2.</summary>
    sealed class TenPerCharacter : ITextMeasurer
    {
        public double Width(string text, FontFace face, double size) => text.Length * 10;

        public VerticalMetrics Vertical(FontFace face, double size) => new(8, 2);
    }
}
