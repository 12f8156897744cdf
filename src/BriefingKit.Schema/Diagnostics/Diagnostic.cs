using System.Globalization;

namespace BriefingKit.Schema.Diagnostics;

/// <summary>
/// One problem in a dossier, template or output, located in a file. <see cref="ToString"/> gives
/// MSBuild's canonical form so editors and CI annotate it: <c>path(line,col): error BK1203: message</c>.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, string File, TextSpan Span)
{
    public int Line => Span.Line;

    public int Column => Span.Column;

    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2}): {3} {4}: {5}",
            File,
            Span.Line,
            Span.Column,
            SeverityWord(Severity),
            Code,
            Message);

    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
