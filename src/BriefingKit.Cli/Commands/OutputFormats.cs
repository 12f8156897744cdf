using BriefingKit.Rendering;

namespace BriefingKit.Cli.Commands;

/// <summary>The output formats this build of the CLI can write.</summary>
internal static class OutputFormats
{
    public static BriefingRenderers Renderers { get; } = BriefingRenderers.Default;

    public const string DefaultFormats = "md";
}
