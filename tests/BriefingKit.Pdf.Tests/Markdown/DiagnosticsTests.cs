using BriefingKit.Pdf.Tests.Support;

namespace BriefingKit.Pdf.Tests.Markdown;

/// <summary>Each BK6xxx code a Markdown input can trigger, located in the input.</summary>
public sealed class DiagnosticsTests
{
    static PdfRenderResult Render(string markdown, PdfBriefingOptions? options = null) =>
        PdfBriefingRenderer.Render(markdown, options ?? Samples.Options, Stream.Null, "sample.md");

    [Fact]
    public void A_character_missing_from_every_font_is_a_located_warning_naming_it()
    {
        // The nazar amulet emoji: no font DejaVu or the Debian fallbacks ship has it.
        var result = Render(Samples.Briefing_With("Talks in Beijing (\U0001F9FF) were not on the agenda.\n"));

        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("BK6001");
        d.Severity.ShouldBe(BriefingKit.Schema.Diagnostics.Severity.Warning);
        d.Message.ShouldContain("'\U0001F9FF' (U+1F9FF)");
        d.Message.ShouldContain("DejaVuSerif");
        d.ToString().ShouldStartWith("sample.md(9,1): warning BK6001:");
        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void A_character_only_the_sans_face_has_falls_back_silently()
    {
        var result = Render(Samples.Briefing_With("Agreement reached \u2714 on rail crossings.\n"));

        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Front_matter_lines_that_are_not_key_value_pairs_are_reported()
    {
        var result = Render("---\ntitle: \"T\"\n  nested: value\n---\n\nBody.\n");

        result.Diagnostics.ShouldContain(d => d.Code == "BK6009" && d.Line == 3);
    }

    [Fact]
    public void A_front_matter_date_that_is_not_a_date_is_reported()
    {
        var result = Render("---\ntitle: T\ndate: late December\n---\n\nBody.\n");

        result.Diagnostics.ShouldContain(d => d.Code == "BK6010" && d.Line == 3 && d.Message.Contains("'late December'"));
    }

    [Fact]
    public void Images_and_html_blocks_are_reported_as_unsupported()
    {
        var result = Render(Samples.Briefing_With("![Map of the border](map.png)\n\n<div>raw</div>\n"));

        result.Diagnostics.Count(d => d.Code == "BK6007").ShouldBe(2);
    }

    [Fact]
    public void A_missing_font_folder_is_reported()
    {
        var result = Render(Samples.Briefing_With("Body.\n"), Samples.Options with { FontFolders = ["/nonexistent/fonts"] });

        result.Diagnostics.ShouldContain(d => d.Code == "BK6004" && d.Message.Contains("/nonexistent/fonts"));
    }

    [Fact]
    public void Adjacent_footnote_references_both_survive()
    {
        var dump = PdfBriefingRenderer.LayoutDump(Samples.Briefing_With("Claim.[^a][^b]\n\n[^a]: First.\n[^b]: Second.\n"), Samples.Options);

        dump.ShouldContain("-> #fn-a");
        dump.ShouldContain("-> #fn-b");
        dump.ShouldContain("\"Claim.1,2\"");
    }
}
