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

    public static BriefingRenderers Default { get; } = new BriefingRenderers(ImmutableDictionary<string, IBriefingRenderer>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase)).With(new MarkdownRenderer());

    public IEnumerable<string> Formats => renderers.Keys.Order(StringComparer.Ordinal);

    public BriefingRenderers With(IBriefingRenderer renderer) => new(renderers.SetItem(renderer.Format, renderer));

    public bool TryGet(string format, out IBriefingRenderer renderer) => renderers.TryGetValue(format, out renderer!);

    public IBriefingRenderer Get(string format) =>
        TryGet(format, out var renderer) ? renderer : throw new ArgumentException($"unknown output format '{format}'; available: {string.Join(", ", Formats)}", nameof(format));

    public IBriefingRenderer ForPath(string path) =>
        renderers.Values.FirstOrDefault(r => path.EndsWith(r.Extension, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"no output format writes '{Path.GetExtension(path)}' files; available: {string.Join(", ", Formats)}", nameof(path));
}
