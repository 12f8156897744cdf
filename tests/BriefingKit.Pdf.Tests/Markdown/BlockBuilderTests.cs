using BriefingKit.Pdf.Document;
using BriefingKit.Pdf.Fonts;
using BriefingKit.Pdf.Layout;
using BriefingKit.Pdf.Markdown;

namespace BriefingKit.Pdf.Tests.Markdown;

/// <summary>Block structure: headings kept with what follows, table cell styles per column.</summary>
public sealed class BlockBuilderTests
{
    [Fact]
    public void Headings_are_tied_to_the_next_block_and_chains_nest()
    {
        var body = Build("# Title\n\nIntro.\n\n## A\n### B\nText.\n\n## C\n\nMore.\n\n## D\n\n## E\n");

        body.Select(Shape).ShouldBe(["P", "K(H,K(H,P))", "K(H,P)", "K(H,H)"]);
    }

    [Fact]
    public void Table_cells_take_their_column_alignment_and_row_style()
    {
        var table = Build("| a | b | c |\n|:-:|--:|---|\n| 1 | 2 |\n").OfType<TableElement>().Single();

        var cells = table.Body.Single().Cells.Cast<ParagraphElement>().ToList();
        cells.Select(c => c.Style.Align).ShouldBe([TextAlign.Center, TextAlign.Right, TextAlign.Left]);
        cells.ShouldAllBe(c => c.Style.Base == BriefingTheme.TableCell.Base);
        table.Header.Single().Cells.ShouldAllBe(c => ((ParagraphElement)c).Style.Base == BriefingTheme.TableHeader.Base);
        cells[2].Runs.ShouldBeEmpty();
    }

    static List<Element> Build(string markdown) =>
        new BlockBuilder(new BuildContext(new DiagnosticBag("test.md"), new Everything())).Build(MarkdownSource.Parse(markdown), BriefingTheme.Body);

    static string Shape(Element e) => e switch
    {
        KeepWithNextElement k => $"K({Shape(k.Head)},{Shape(k.Next)})",
        HeadingElement => "H",
        ParagraphElement => "P",
        _ => e.GetType().Name,
    };

    sealed class Everything : IGlyphCoverage
    {
        public bool Covers(FontFace face, int codePoint) => true;
    }
}
