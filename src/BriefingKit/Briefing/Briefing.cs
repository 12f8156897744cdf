using BriefingKit.Model;
using BriefingKit.Rendering;
using BriefingKit.Schema.Model;
using BriefingKit.Templates;

namespace BriefingKit.Briefing;

/// <summary>
/// A composed briefing: a dossier, the options that shape it, the content its filter kept and the template
/// set that renders it. Render it with any registered <see cref="IBriefingRenderer"/>.
/// </summary>
public sealed class Briefing
{
    private readonly Lazy<BriefingView> view;
    private readonly Lazy<string> markdown;

    internal Briefing(Dossier dossier, BriefingOptions options, TemplateSet templates, IReadOnlyList<Schema.Diagnostics.Diagnostic>? warnings = null)
    {
        Warnings = warnings ?? [];
        Dossier = dossier;
        Options = options;
        Templates = templates;
        Content = BriefingContent.Select(dossier, options.Filter);
        view = new Lazy<BriefingView>(() => BriefingViewBuilder.Build(this));

        // Rendered once per briefing: the .md output and the PDF (which lays out the same Markdown) share it.
        markdown = new Lazy<string>(() => MarkdownRenderer.Render(this));
    }

    public Dossier Dossier { get; }

    public BriefingOptions Options { get; }

    public TemplateSet Templates { get; }

    public BriefingContent Content { get; }

    /// <summary>What the builder found questionable, such as a tag no fact carries (BK5006, with the closest tag suggested).</summary>
    public IReadOnlyList<Schema.Diagnostics.Diagnostic> Warnings { get; }

    public string Title => Options.Title ?? Dossier.Title;

    public string? Subtitle => Options.Subtitle ?? Dossier.Subtitle;

    public string Marking => Options.Marking ?? Dossier.Marking;

    public string? Audience => Options.Audience ?? Dossier.Audience;

    public string? Author => Options.Author ?? Dossier.Author;

    public PartialDate AsOf => Options.AsOf ?? Dossier.AsOf;

    /// <summary>The view model the templates see (documented in docs/templates.md).</summary>
    public BriefingView View => view.Value;

    /// <summary>Renders the briefing's Markdown; throws <see cref="BriefingRenderException"/> with diagnostics when a template fails.</summary>
    public string RenderMarkdown() => markdown.Value;

    /// <summary>Writes in the given format (default renderers: "md"; add "pdf" with BriefingKit.Pdf's <c>WithPdf()</c>); returns warnings.</summary>
    public IReadOnlyList<Schema.Diagnostics.Diagnostic> Write(string format, Stream output, BriefingRenderers? renderers = null) =>
        (renderers ?? BriefingRenderers.Default).Get(format).Render(this, output);

    /// <summary>
    /// Writes to a path, choosing the format by extension. The output is rendered in memory first and then
    /// replaces the file atomically, so a failure never leaves a partial file. Returns warnings.
    /// </summary>
    public IReadOnlyList<Schema.Diagnostics.Diagnostic> WriteTo(string path, BriefingRenderers? renderers = null)
    {
        var renderer = (renderers ?? BriefingRenderers.Default).ForPath(path);
        using var buffer = new MemoryStream();
        var warnings = renderer.Render(this, buffer);
        AtomicFile.Write(path, stream => buffer.WriteTo(stream));
        return warnings;
    }

    public void WriteMarkdown(string path) => WriteTo(path);
}
