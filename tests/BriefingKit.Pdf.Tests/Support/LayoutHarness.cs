using BriefingKit.Pdf.Document;
using BriefingKit.Pdf.Fonts;
using BriefingKit.Pdf.Layout;

namespace BriefingKit.Pdf.Tests.Support;

/// <summary>Real fonts and a layout context for unit tests of single elements.</summary>
internal sealed class LayoutHarness : IDisposable
{
    public LayoutHarness(FootnoteRegistry? notes = null)
    {
        PdfSharpSetup.EnsureInitialized().ShouldBeNull();
        Diagnostics = new DiagnosticBag("test.md");
        Fonts = FontBook.Load([], Diagnostics);
        Notes = notes ?? FootnoteRegistry.Empty;
    }

    public FontBook Fonts { get; }

    public DiagnosticBag Diagnostics { get; }

    public FootnoteRegistry Notes { get; }

    public LayoutContext Context(double noteWidth = 400) => new(Fonts, Notes, noteWidth, []) { Diagnostics = Diagnostics };

    public static ParagraphElement Paragraph(string text, ParagraphStyle? style = null)
    {
        var s = style ?? BriefingTheme.Body;
        return new ParagraphElement([new TextRun(text, s.Base)], s);
    }

    /// <summary>A paragraph of exactly <paramref name="lines"/> lines at this width (hard breaks).</summary>
    public static ParagraphElement Lines(int lines, string prefix = "line")
    {
        var s = BriefingTheme.Body;
        var runs = new List<TextRun>();
        for (int i = 1; i <= lines; i++)
        {
            if (i > 1)
            {
                runs.Add(TextRun.Break(s.Base));
            }

            runs.Add(new TextRun($"{prefix} {i}", s.Base));
        }

        return new ParagraphElement(runs, s);
    }

    public List<PageBox> Paginate(Element root, double width = 400, double height = 300) =>
        Paginator.Paginate(root, new PageFrame(0, 0, width, height), Fonts, Notes, Diagnostics);

    public void Dispose() => Fonts.Dispose();
}
