using System.Globalization;

namespace BriefingKit.Schema.Diagnostics;

/// <summary>
/// A diagnostic code with its default severity, a short title (used by the Roslyn descriptor and the
/// docs catalogue) and a composite-format message.
/// </summary>
internal sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title, string MessageFormat)
{
    public Diagnostic Create(string file, TextSpan span, params object?[] args) =>
        new(Code, Severity, Format(args), file, span);

    public string Format(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
