using BriefingKit.Pdf.Tests.Support;

namespace BriefingKit.Pdf.Tests.Markdown;

public sealed class FrontMatterTests
{
    [Fact]
    public void Title_block_shows_front_matter_and_replaces_the_h1()
    {
        var dump = PdfBriefingRenderer.LayoutDump(Samples.Briefing, Samples.Options);

        dump.ShouldContain("sans-b/19 \"U.S.–Mexico migration talks, December\"");
        dump.ShouldContain("\"AS OF 28 December 2023 · PREPARED FOR Deputy Assistant Secretary, Western Hemisphere Affairs ·\"");
        dump.ShouldContain("sans-b/8.5 \"UNCLASSIFIED // FOR OFFICIAL USE ONLY\"");
        dump.ShouldNotContain("sans-b/13 \"U.S.–Mexico"); // the H1 is not repeated as a section heading
    }

    [Fact]
    public void Quoted_scalars_are_unescaped()
    {
        var dump = PdfBriefingRenderer.LayoutDump("---\ntitle: \"Say \\\"hi\\\" \\u00E9\"\nsubtitle: 'It''s fine'\n---\n\nBody.\n", Samples.Options);

        dump.ShouldContain("\"Say \"hi\" é\"");
        dump.ShouldContain("\"It's fine\"");
    }

    [Fact]
    public void Without_front_matter_the_h1_becomes_the_title()
    {
        var dump = PdfBriefingRenderer.LayoutDump("# Plain title\n\nBody.\n", Samples.Options);

        dump.ShouldContain("heading 1 \"Plain title\" #title");
    }
}
