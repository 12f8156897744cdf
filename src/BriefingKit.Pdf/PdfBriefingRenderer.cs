using BriefingKit.Pdf.Determinism;
using BriefingKit.Pdf.Document;
using BriefingKit.Pdf.Fonts;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Pdf;

/// <summary>
/// Renders briefing Markdown (the output of the Handlebars templates) to PDF: title block, contents
/// with page numbers, running header and footer, bookmarks, links, footnotes, embedded subset fonts,
/// byte-identical output for identical input. Problems are returned as BK6xxx diagnostics; when any
/// is an error, nothing is written to the output stream.
/// </summary>
public static class PdfBriefingRenderer
{
    public static PdfRenderResult Render(string markdown, PdfBriefingOptions options, Stream output, string sourceName = "briefing.md")
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var diagnostics = new DiagnosticBag(sourceName);
        try
        {
            var prepared = Prepare(markdown, options, diagnostics);
            if (prepared is null)
            {
                return new PdfRenderResult(0, diagnostics.Items);
            }

            using var fonts = prepared.Value.Fonts;
            var (briefing, layout) = (prepared.Value.Briefing, prepared.Value.Layout);
            var timestamp = TimestampResolver.Resolve(options.Timestamp, briefing.Date, diagnostics);
            var identity = DocumentIdentity.Compute(markdown, options, timestamp, fonts.FaceHashes);
            using var painted = new PdfPainter(fonts, timestamp).Paint(layout);
            var metadata = new PdfMetadataValues(
                briefing.Info.Title,
                options.Author ?? briefing.Info.Author,
                options.Subject ?? briefing.Info.Subtitle,
                options.Keywords,
                options.Creator);
            var bytes = PdfFinisher.Finish(painted, identity, timestamp, metadata);
            if (!diagnostics.HasErrors)
            {
                output.Write(bytes);
            }

            return new PdfRenderResult(layout.Pages.Count, diagnostics.Items);
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
    public static string LayoutDump(string markdown, PdfBriefingOptions options)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag("briefing.md");
        var prepared = Prepare(markdown, options, diagnostics)
            ?? throw new InvalidOperationException(string.Join(Environment.NewLine, diagnostics.Items));
        using var fonts = prepared.Fonts;
        return LayoutDumper.Dump(prepared.Layout, diagnostics.Items.Where(d => d.Code != Codes.PdfBundledFontUsed.Code));
    }

    static (FontBook Fonts, ComposedBriefing Briefing, DocumentLayout Layout)? Prepare(string markdown, PdfBriefingOptions options, DiagnosticBag diagnostics)
    {
        if (PdfSharpSetup.EnsureInitialized() is { } conflict)
        {
            diagnostics.Report(Codes.PdfFontResolverConflict, TextSpan.FileStart, conflict.Primary, conflict.Fallback);
            return null;
        }

        var fonts = FontBook.Load(options.FontFolders, diagnostics);
        try
        {
            var geometry = PageGeometry.For(options.PageSize);
            var briefing = ComposedBriefing.Compose(markdown, options, fonts, geometry, diagnostics);
            var layout = BriefingLayouter.Layout(briefing, geometry, fonts, diagnostics);
            return (fonts, briefing, layout);
        }
        catch
        {
            fonts.Dispose();
            throw;
        }
    }
}
