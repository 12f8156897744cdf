using BriefingKit.Pdf.Fonts;
using BriefingKit.Pdf.Layout;
using BriefingKit.Pdf.Markdown;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Pdf.Tests.Markdown;

/// <summary>Missing characters: fallback face, replacement and BK6001; covered runs left alone.</summary>
public sealed class GlyphFallbackTests
{
    static readonly FontFace Serif = new(FontFamilyRole.Serif, false, false);
    static readonly FontFace Sans = new(FontFamilyRole.Sans, false, false);
    static readonly RunStyle Body = new(Serif, 10, Rgb.Black);
    static readonly TextSpan Span = TextSpan.At(3, 1, 40);

    readonly DiagnosticBag _diagnostics = new("test.md");

    [Fact]
    public void Covered_runs_come_back_as_they_are_in_the_same_list()
    {
        var link = new ExternalLink("https://example.com");
        List<TextRun> runs = [new("Plain text, spaced\tout.", Body), TextRun.Break(Body), new("", Body), new("linked", Body, link, "n1")];

        var result = Apply(runs);

        result.ShouldBeSameAs(runs);
        _diagnostics.Items.ShouldBeEmpty();
    }

    [Fact]
    public void A_character_only_the_fallback_face_has_gets_its_own_run_in_that_face()
    {
        var link = new ExternalLink("https://example.com");
        var covered = new TextRun("before", Body);
        List<TextRun> runs = [covered, new("ok \u2714\u2714 done", Body, link, "n1")];

        var result = Apply(runs);

        result.ShouldNotBeSameAs(runs);
        result[0].ShouldBeSameAs(covered);
        result.Skip(1).Select(r => (r.Text, r.Style.Face)).ShouldBe([("ok ", Serif), ("\u2714\u2714", Sans), (" done", Serif)]);
        result.Skip(1).ShouldAllBe(r => r.Link == link && r.FootnoteLabel == "n1");
        _diagnostics.Items.ShouldBeEmpty();
    }

    [Fact]
    public void A_character_no_face_has_is_replaced_and_reported_once_per_character()
    {
        var result = Apply([new TextRun("a\u4E2Db\u4E2D", Body)]);

        result.Select(r => r.Text).ShouldBe(["a\uFFFDb\uFFFD"]);
        var d = _diagnostics.Items.ShouldHaveSingleItem();
        d.Code.ShouldBe("BK6001");
        d.Line.ShouldBe(3);
        d.Message.ShouldBe("Character '\u4E2D' (U+4E2D) is not in font 'DejaVuSerif' or any fallback font found; it is printed as '\uFFFD'. Put a font that has it in a --font-folder");
    }

    [Fact]
    public void Without_a_replacement_character_a_question_mark_is_printed()
    {
        var result = Apply([new TextRun("x\U0001F600y", Body)], replacement: false);

        result.Single().Text.ShouldBe("x?y");
        _diagnostics.Items.ShouldHaveSingleItem().Message.ShouldContain("'\U0001F600' (U+1F600)");
    }

    [Fact]
    public void A_lone_surrogate_is_printed_as_the_replacement_character()
    {
        var result = Apply([new TextRun("a\uD800b", Body)]);

        result.Single().Text.ShouldBe("a\uFFFDb");
        _diagnostics.Items.ShouldBeEmpty();
    }

    [Fact]
    public void An_ascii_character_the_face_lacks_is_found_in_the_fallback()
    {
        var result = Apply([new TextRun("aQb\u007F", Body)], serifHasQ: false);

        result.Select(r => (r.Text, r.Style.Face)).ShouldBe([("a", Serif), ("Q", Sans), ("b\uFFFD", Serif)]);
        _diagnostics.Items.ShouldHaveSingleItem().Message.ShouldContain("(U+007F)");
    }

    [Fact]
    public void Right_to_left_text_goes_to_its_shaping_file_with_the_spaces_between_its_words()
    {
        var result = Apply([new TextRun("Prime Minister בנימין נתניהו said", Body)]);

        result.Select(r => (r.Text, r.Style.Face)).ShouldBe([
            ("Prime Minister ", Serif),
            ("בנימין נתניהו", Serif with { Shaped = 1 }),
            (" said", Serif),
        ]);
        _diagnostics.Items.ShouldBeEmpty();
    }

    [Fact]
    public void A_script_that_needs_shaping_is_shaped_even_where_the_face_has_its_letters()
    {
        // Sans "has" Hebrew here, as DejaVu Sans does; drawn glyph by glyph it would come out left to right.
        var result = Apply([new TextRun("שלום", Body with { Face = Sans })]);

        result.Single().Style.Face.ShouldBe(Sans with { Shaped = 1 });
    }

    [Fact]
    public void Trailing_spaces_after_shaped_text_stay_in_the_runs_own_face()
    {
        var result = Apply([new TextRun("שלום  ", Body)]);

        result.Select(r => (r.Text, r.Style.Face)).ShouldBe([("שלום", Serif with { Shaped = 1 }), ("  ", Serif)]);
    }

    List<TextRun> Apply(List<TextRun> runs, bool replacement = true, bool serifHasQ = true) =>
        GlyphFallback.Apply(runs, new BuildContext(_diagnostics, new FakeCoverage(replacement, serifHasQ)), Span);

    /// <summary>Serif has ASCII but DEL; sans also has ✔ (and U+FFFD when asked); nothing has CJK or emoji.</summary>
    sealed class FakeCoverage(bool replacement, bool serifHasQ) : IGlyphCoverage
    {
        public bool Covers(FontFace face, int codePoint) =>
            (codePoint is > 0x20 and < 0x7F && (serifHasQ || codePoint != 'Q' || face.Family != FontFamilyRole.Serif))
            || (face.Family == FontFamilyRole.Sans && codePoint == 0x2714)
            || (replacement && codePoint == 0xFFFD)
            || (face.Family == FontFamilyRole.Sans && codePoint is >= 0x05D0 and <= 0x05EA);

        /// <summary>Hebrew letters have a shaping file (number 1); nothing else does.</summary>
        public int ShapingFontFor(FontFace face, int codePoint) => codePoint is >= 0x05D0 and <= 0x05EA ? 1 : 0;
    }
}
