using BriefingKit.Pdf.Determinism;
using BriefingKit.Pdf.Document;
using BriefingKit.Pdf.Fonts;
using BriefingKit.Schema.Diagnostics;
using PdfSharp.Pdf;

namespace BriefingKit.Pdf;

/// <summary>
/// Renders briefing Markdown (the output of the Scriban templates) to PDF: title block, contents
/// with page numbers, running header and footer, bookmarks, links, footnotes, embedded subset fonts,
/// byte-identical output for identical input. Problems are returned as BK6xxx diagnostics; when any
/// is an error, nothing is written to the output stream.
/// </summary>
public static class PdfBriefingRenderer
{
    /// <summary>Lays out <paramref name="markdown"/> and writes the PDF to <paramref name="output"/>, unless an error is reported.</summary>
    /// <param name="markdown">The briefing's Markdown, with its front matter.</param>
    /// <param name="options">Paper, footnotes, fonts, timestamp and document properties.</param>
    /// <param name="output">Receives the whole PDF in one write, or nothing when <see cref="PdfRenderResult.Succeeded"/> is false.</param>
    /// <param name="sourceName">The file name diagnostics are located in.</param>
    /// <remarks>Failures, including unexpected exceptions (BK6012), are returned as diagnostics, never thrown.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="markdown"/>, <paramref name="options"/> or <paramref name="output"/> is null.</exception>
    public static PdfRenderResult Render(string markdown, PdfBriefingOptions options, Stream output, string sourceName = "briefing.md")
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var diagnostics = new DiagnosticBag(sourceName);
        try
        {
            if (!Setup(diagnostics))
            {
                return new PdfRenderResult(0, diagnostics.Items);
            }

            using var fonts = FontBook.Load(options.FontFolders, diagnostics);
            var painted = Paint(markdown, options, fonts, diagnostics);
            using var document = painted.Document;
            var bytes = PdfFinisher.Finish(document, painted.Identity, painted.Timestamp, painted.Metadata);
            if (!diagnostics.HasErrors)
            {
                output.Write(bytes);
            }

            return new PdfRenderResult(painted.PageCount, diagnostics.Items);
        }
        catch (Exception ex)
        {
            diagnostics.Report(Codes.PdfWriteFailed, TextSpan.FileStart, ex.Message);
            return new PdfRenderResult(0, diagnostics.Items);
        }
    }

    /// <summary>
    /// The laid-out pages as text (positions, styles, links, anchors) without writing a PDF, for
    /// approval tests and for reviewing layout changes.
    /// </summary>
    internal static string LayoutDump(string markdown, PdfBriefingOptions options)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag("briefing.md");
        if (!Setup(diagnostics))
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, diagnostics.Items));
        }

        using var fonts = FontBook.Load(options.FontFolders, diagnostics);
        var (_, layout) = Lay(markdown, options, fonts, diagnostics);
        return LayoutDumper.Dump(layout, diagnostics.Items.Where(d => d.Code != Codes.PdfBundledFontUsed.Code));
    }

    /// <summary>
    /// Composes, lays out and paints. A method of its own so that the composed briefing and the layout
    /// (hundreds of megabytes for a long briefing) are unreachable while the document is saved and
    /// compressed, whatever tier the calling code runs at.
    /// </summary>
    static PaintedBriefing Paint(string markdown, PdfBriefingOptions options, FontBook fonts, DiagnosticBag diagnostics)
    {
        var (briefing, layout) = Lay(markdown, options, fonts, diagnostics);
        var timestamp = TimestampResolver.Resolve(options.Timestamp, briefing.Date, diagnostics);
        var identity = DocumentIdentity.Compute(markdown, options, timestamp, fonts.FaceHashes);
        var metadata = new PdfMetadataValues(
            briefing.Info.Title,
            options.Author ?? briefing.Info.Author,
            options.Subject ?? briefing.Info.Subtitle,
            options.Keywords,
            options.Creator);
        var document = new PdfPainter(fonts, timestamp).Paint(layout);
        return new PaintedBriefing(document, layout.Pages.Count, identity, timestamp, metadata);
    }

    /// <summary>True when PDFsharp is ready; false, with BK6006 reported, when another font resolver is installed.</summary>
    static bool Setup(DiagnosticBag diagnostics)
    {
        if (PdfSharpSetup.EnsureInitialized() is { } conflict)
        {
            diagnostics.Report(Codes.PdfFontResolverConflict, TextSpan.FileStart, conflict.Primary, conflict.Fallback);
            return false;
        }

        return true;
    }

    static (ComposedBriefing Briefing, DocumentLayout Layout) Lay(string markdown, PdfBriefingOptions options, FontBook fonts, DiagnosticBag diagnostics)
    {
        var geometry = PageGeometry.For(options.PageSize);
        var briefing = ComposedBriefing.Compose(markdown, options, fonts, geometry, diagnostics);
        var layout = BriefingLayouter.Layout(briefing, geometry, fonts, diagnostics);
        return (briefing, layout);
    }

    sealed record PaintedBriefing(PdfDocument Document, int PageCount, DocumentIdentity Identity, DateTimeOffset Timestamp, PdfMetadataValues Metadata);
}
