using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Rendering;

/// <summary>A briefing could not be rendered; <see cref="Diagnostics"/> says where and why.</summary>
public sealed class BriefingRenderException : Exception
{
    /// <summary>Reports the diagnostics that stopped the render; the message lists them, one a line.</summary>
    public BriefingRenderException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics)) => Diagnostics = diagnostics;

    /// <summary>A render failure with no diagnostics.</summary>
    public BriefingRenderException()
        : this([])
    {
    }

    /// <summary>A render failure described by <paramref name="message"/>, with no diagnostics.</summary>
    public BriefingRenderException(string message)
        : base(message) => Diagnostics = [];

    /// <summary>A render failure caused by <paramref name="innerException"/>, with no diagnostics.</summary>
    public BriefingRenderException(string message, Exception innerException)
        : base(message, innerException) => Diagnostics = [];

    /// <summary>The located problems that stopped the render (template errors, BK6xxx PDF errors); empty when the exception gives only a message.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
