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

    /// <summary>The dossier the briefing is drawn from, unfiltered.</summary>
    public Dossier Dossier { get; }

    /// <summary>The options it was built with.</summary>
    public BriefingOptions Options { get; }

    /// <summary>The templates that render it: the preset's built-in set unless <see cref="BriefingBuilder.UsingTemplates"/> chose others.</summary>
    public TemplateSet Templates { get; }

    /// <summary>The facts the filter kept, which every section draws on.</summary>
    public BriefingContent Content { get; }

    /// <summary>What the builder found questionable, such as a tag no fact carries (BK5006, with the closest tag suggested).</summary>
    public IReadOnlyList<Schema.Diagnostics.Diagnostic> Warnings { get; }

    /// <summary>The title printed: <see cref="BriefingOptions.Title"/>, else the dossier's.</summary>
    public string Title => Options.Title ?? Dossier.Title;

    /// <summary>The subtitle printed: <see cref="BriefingOptions.Subtitle"/>, else the dossier's; null when neither gives one.</summary>
    public string? Subtitle => Options.Subtitle ?? Dossier.Subtitle;

    /// <summary>The handling marking printed at the top and bottom: <see cref="BriefingOptions.Marking"/>, else the dossier's.</summary>
    public string Marking => Options.Marking ?? Dossier.Marking;

    /// <summary>The audience line: <see cref="BriefingOptions.Audience"/>, else the dossier's; null when neither gives one.</summary>
    public string? Audience => Options.Audience ?? Dossier.Audience;

    /// <summary>The analyst or team: <see cref="BriefingOptions.Author"/>, else the dossier's; null when neither gives one.</summary>
    public string? Author => Options.Author ?? Dossier.Author;

    /// <summary>The briefing date, at which roles and policy statuses are read: <see cref="BriefingOptions.AsOf"/>, else the dossier's <c>as-of</c>.</summary>
    public PartialDate AsOf => Options.AsOf ?? Dossier.AsOf;

    /// <summary>The view model the templates see (documented in docs/templates.md).</summary>
    public BriefingView View => view.Value;

    /// <summary>Renders the briefing's Markdown; throws <see cref="BriefingRenderException"/> with diagnostics when a template fails.</summary>
    public string RenderMarkdown() => markdown.Value;

    /// <summary>Writes in the given format (default renderers: "md"; add "pdf" with BriefingKit.Pdf's <c>WithPdf()</c>); returns warnings.</summary>
    /// <exception cref="ArgumentException"><paramref name="format"/> is not one of <paramref name="renderers"/>.</exception>
    /// <exception cref="BriefingRenderException">The briefing could not be rendered.</exception>
    public IReadOnlyList<Schema.Diagnostics.Diagnostic> Write(string format, Stream output, BriefingRenderers? renderers = null) =>
        (renderers ?? BriefingRenderers.Default).Get(format).Render(this, output);

    /// <summary>
    /// Writes to a path, choosing the format by extension. The output is rendered in memory first and then
    /// replaces the file atomically, so a failure never leaves a partial file. Returns warnings.
    /// </summary>
    /// <exception cref="ArgumentException">No renderer in <paramref name="renderers"/> (default: Markdown only) writes the path's extension.</exception>
    /// <exception cref="BriefingRenderException">The briefing could not be rendered; the file is left as it was.</exception>
    public IReadOnlyList<Schema.Diagnostics.Diagnostic> WriteTo(string path, BriefingRenderers? renderers = null)
    {
        var renderer = (renderers ?? BriefingRenderers.Default).ForPath(path);
        using var buffer = new MemoryStream();
        var warnings = renderer.Render(this, buffer);
        AtomicFile.Write(path, stream => buffer.WriteTo(stream));
        return warnings;
    }

    /// <summary>Writes the briefing's Markdown to <paramref name="path"/> atomically, as <see cref="WriteTo"/> does; warnings are discarded.</summary>
    /// <remarks>The format still follows the extension, so <paramref name="path"/> must end in <c>.md</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="path"/> does not end in <c>.md</c>.</exception>
    /// <exception cref="BriefingRenderException">A template failed; the file is left as it was.</exception>
    public void WriteMarkdown(string path) => WriteTo(path);
}
