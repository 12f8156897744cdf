using BriefingKit.Pdf;
using BriefingKit.Rendering;

namespace BriefingKit.Cli.Commands;

/// <summary>The output formats this build of the CLI can write: Markdown from the core, PDF from BriefingKit.Pdf.</summary>
internal static class OutputFormats
{
    public const string DefaultFormats = "md,pdf";

    public static BriefingRenderers Renderers { get; } = For(new PdfBriefingOptions());

    public static BriefingRenderers For(PdfBriefingOptions pdf) => BriefingRenderers.Default.WithPdf(pdf);
}
