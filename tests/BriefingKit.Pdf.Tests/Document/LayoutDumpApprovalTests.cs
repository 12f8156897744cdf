using BriefingKit.Pdf.Tests.Support;

namespace BriefingKit.Pdf.Tests.Document;

public sealed class LayoutDumpApprovalTests
{
    /// <summary>
    /// The whole layout of the fixture, approved after looking at the rendered pages. A change here is
    /// a layout change: render the fixture, look at it, then replace the approved file on purpose.
    /// </summary>
    [Fact]
    public void Fixture_layout_matches_the_approved_dump() =>
        PdfBriefingRenderer.LayoutDump(Samples.Briefing, Samples.Options)
            .ShouldMatchApproved(c => c.NoDiff().WithFileExtension("txt"));
}
