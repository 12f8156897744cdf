using BriefingKit.Schema.Diagnostics;
using Scriban.Parsing;
using Scriban.Syntax;

namespace BriefingKit.Templates;

/// <summary>
/// A problem our own template runtime (loader, functions, model) found while rendering, thrown through Scriban
/// with its diagnostic already decided, so the renderer does not have to guess it back from a message.
/// </summary>
internal sealed class TemplateProblem(SourceSpan span, DiagnosticDescriptor descriptor, params object?[] args)
    : ScriptRuntimeException(span, descriptor.Format(args))
{
    public DiagnosticDescriptor Descriptor { get; } = descriptor;

    public object?[] Arguments { get; } = args;
}
