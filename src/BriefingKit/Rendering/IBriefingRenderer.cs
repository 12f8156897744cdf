using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Rendering;

/// <summary>An output format. The core ships Markdown; backends such as BriefingKit.Pdf register more.</summary>
public interface IBriefingRenderer
{
    /// <summary>Format name used on the command line and in <see cref="BriefingRenderers.Get"/>: "md", "pdf".</summary>
    string Format { get; }

    /// <summary>File extension including the dot: ".md".</summary>
    string Extension { get; }

    /// <summary>
    /// Writes the briefing and returns any warnings; throws <see cref="BriefingRenderException"/> with the
    /// diagnostics when it cannot (then nothing usable has been written).
    /// </summary>
    IReadOnlyList<Diagnostic> Render(Briefing.Briefing briefing, Stream output);
}
