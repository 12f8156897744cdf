using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Rendering;

/// <summary>A briefing could not be rendered; <see cref="Diagnostics"/> says where and why.</summary>
public sealed class BriefingRenderException : Exception
{
    public BriefingRenderException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics)) => Diagnostics = diagnostics;

    public BriefingRenderException()
        : this([])
    {
    }

    public BriefingRenderException(string message)
        : base(message) => Diagnostics = [];

    public BriefingRenderException(string message, Exception innerException)
        : base(message, innerException) => Diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
