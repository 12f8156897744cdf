using System.Collections.Immutable;

namespace BriefingKit.Rendering;

/// <summary>
/// An immutable registry of output formats. <see cref="Default"/> holds Markdown; add backends with
/// extension methods such as <c>BriefingRenderers.Default.WithPdf()</c> from BriefingKit.Pdf.
/// </summary>
public sealed class BriefingRenderers
{
    private readonly ImmutableDictionary<string, IBriefingRenderer> renderers;

    private BriefingRenderers(ImmutableDictionary<string, IBriefingRenderer> renderers) => this.renderers = renderers;

    /// <summary>The registry with the Markdown renderer (<c>md</c>) only.</summary>
    public static BriefingRenderers Default { get; } = new BriefingRenderers(ImmutableDictionary<string, IBriefingRenderer>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase)).With(new MarkdownRenderer());

    /// <summary>The registered format names, in ordinal order: "md", "pdf".</summary>
    public IEnumerable<string> Formats => renderers.Keys.Order(StringComparer.Ordinal);

    /// <summary>A new registry with <paramref name="renderer"/> added, replacing any renderer of the same format; this one is unchanged.</summary>
    public BriefingRenderers With(IBriefingRenderer renderer) => new(renderers.SetItem(renderer.Format, renderer));

    /// <summary>Finds the renderer of a format name, ignoring case.</summary>
    public bool TryGet(string format, out IBriefingRenderer renderer) => renderers.TryGetValue(format, out renderer!);

    /// <summary>The renderer of a format name, ignoring case.</summary>
    /// <exception cref="ArgumentException">No renderer has that format; the message lists those available.</exception>
    public IBriefingRenderer Get(string format) =>
        TryGet(format, out var renderer) ? renderer : throw new ArgumentException($"unknown output format '{format}'; available: {string.Join(", ", Formats)}", nameof(format));

    /// <summary>The renderer whose extension ends <paramref name="path"/>, ignoring case.</summary>
    /// <exception cref="ArgumentException">No renderer writes that extension; the message lists the formats available.</exception>
    public IBriefingRenderer ForPath(string path) =>
        renderers.Values.FirstOrDefault(r => path.EndsWith(r.Extension, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"no output format writes '{Path.GetExtension(path)}' files; available: {string.Join(", ", Formats)}", nameof(path));
}
