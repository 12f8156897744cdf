namespace BriefingKit.Rendering;

/// <summary>An output format. The core ships Markdown; backends such as BriefingKit.Pdf register more.</summary>
public interface IBriefingRenderer
{
    /// <summary>Format name used on the command line and in <see cref="BriefingRenderers.Get"/>: "md", "pdf".</summary>
    string Format { get; }

    /// <summary>File extension including the dot: ".md".</summary>
    string Extension { get; }

    /// <summary>Writes the briefing; throws <see cref="BriefingRenderException"/> with diagnostics when it cannot.</summary>
    void Render(Briefing.Briefing briefing, Stream output);
}
