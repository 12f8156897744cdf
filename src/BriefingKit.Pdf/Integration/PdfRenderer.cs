using BriefingKit.Rendering;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Pdf;

/// <summary>
/// The "pdf" output format: lays out the briefing's Markdown — the same text the templates produce for
/// the .md output — so a template change reaches both formats.
/// </summary>
/// <param name="options">Paper size, footnote placement, fonts and document properties; null for the defaults.</param>
public sealed class PdfRenderer(PdfBriefingOptions? options = null) : IBriefingRenderer
{
    /// <summary>"pdf".</summary>
    public string Format => "pdf";

    /// <summary>".pdf".</summary>
    public string Extension => ".pdf";

    /// <summary>The options every render starts from; unset author, subject and keywords are taken from the briefing.</summary>
    public PdfBriefingOptions Options { get; } = options ?? new PdfBriefingOptions();

    /// <summary>Renders the briefing's Markdown to PDF in <paramref name="output"/> and returns the warnings.</summary>
    /// <remarks>Author, subject and keywords left unset in <see cref="Options"/> come from the briefing's author, subtitle and the dossier's tags.</remarks>
    /// <exception cref="BriefingRenderException">A template or the PDF layout reported an error; nothing was written to <paramref name="output"/>.</exception>
    public IReadOnlyList<Diagnostic> Render(Briefing.Briefing briefing, Stream output)
    {
        var markdown = briefing.RenderMarkdown();
        var options = Options with
        {
            Author = Options.Author ?? briefing.Author,
            Subject = Options.Subject ?? briefing.Subtitle,
            Keywords = Options.Keywords ?? (briefing.Dossier.Tags.Count > 0 ? string.Join(", ", briefing.Dossier.Tags) : null),
        };

        // The PDF's diagnostics point at the Markdown it laid out, named after the briefing.
        var result = PdfBriefingRenderer.Render(markdown, options, output, briefing.Dossier.Id + ".md");
        return result.Succeeded ? result.Diagnostics : throw new BriefingRenderException(result.Diagnostics);
    }
}

/// <summary>Registers the PDF backend with the core's renderer registry.</summary>
public static class PdfRenderingExtensions
{
    /// <summary><c>BriefingRenderers.Default.WithPdf()</c>: the default formats plus "pdf".</summary>
    public static BriefingRenderers WithPdf(this BriefingRenderers renderers, PdfBriefingOptions? options = null) =>
        renderers.With(new PdfRenderer(options));

    /// <summary>Renders a briefing to PDF; returns warnings, throws <see cref="BriefingRenderException"/> on errors.</summary>
    public static IReadOnlyList<Diagnostic> WritePdf(this Briefing.Briefing briefing, Stream output) =>
        briefing.WritePdf(output, null);

    /// <summary>Renders a briefing to PDF with the given options; returns warnings, throws <see cref="BriefingRenderException"/> on errors.</summary>
    public static IReadOnlyList<Diagnostic> WritePdf(this Briefing.Briefing briefing, Stream output, PdfBriefingOptions? options) =>
        new PdfRenderer(options).Render(briefing, output);

    /// <summary>Renders a briefing to a PDF file atomically: the file is replaced only when the whole PDF is written.</summary>
    public static IReadOnlyList<Diagnostic> WritePdf(this Briefing.Briefing briefing, string path) =>
        briefing.WritePdf(path, null);

    /// <summary>Renders a briefing to a PDF file atomically, with the given options.</summary>
    public static IReadOnlyList<Diagnostic> WritePdf(this Briefing.Briefing briefing, string path, PdfBriefingOptions? options) =>
        briefing.WriteTo(path, BriefingRenderers.Default.WithPdf(options));
}
