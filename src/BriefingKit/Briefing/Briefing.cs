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

    internal Briefing(Dossier dossier, BriefingOptions options, TemplateSet templates)
    {
        Dossier = dossier;
        Options = options;
        Templates = templates;
        Content = BriefingContent.Select(dossier, options.Filter);
        view = new Lazy<BriefingView>(() => BriefingViewBuilder.Build(this));
    }

    public Dossier Dossier { get; }

    public BriefingOptions Options { get; }

    public TemplateSet Templates { get; }

    public BriefingContent Content { get; }

    public string Title => Options.Title ?? Dossier.Title;

    public string? Subtitle => Options.Subtitle ?? Dossier.Subtitle;

    public string Marking => Options.Marking ?? Dossier.Marking;

    public string? Audience => Options.Audience ?? Dossier.Audience;

    public string? Author => Options.Author ?? Dossier.Author;

    public PartialDate AsOf => Options.AsOf ?? Dossier.AsOf;

    /// <summary>The view model the templates see (documented in docs/templates.md).</summary>
    public BriefingView View => view.Value;

    /// <summary>Renders the briefing's Markdown; throws <see cref="BriefingRenderException"/> with diagnostics when a template fails.</summary>
    public string RenderMarkdown() => MarkdownRenderer.Render(this);

    /// <summary>Writes in the given format (default renderers: "md"; "pdf" once BriefingKit.Pdf is registered).</summary>
    public void Write(string format, Stream output, BriefingRenderers? renderers = null) =>
        (renderers ?? BriefingRenderers.Default).Get(format).Render(this, output);

    /// <summary>Writes to a path atomically (temporary file, then rename); the format comes from the extension.</summary>
    public void WriteTo(string path, BriefingRenderers? renderers = null)
    {
        var renderer = (renderers ?? BriefingRenderers.Default).ForPath(path);
        AtomicFile.Write(path, stream => renderer.Render(this, stream));
    }

    public void WriteMarkdown(string path) => WriteTo(path);
}
