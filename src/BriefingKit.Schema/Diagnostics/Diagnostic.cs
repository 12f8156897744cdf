using System.Globalization;

namespace BriefingKit.Schema.Diagnostics;

/// <summary>
/// One problem in a dossier, template or output, located in a file. <see cref="ToString"/> gives
/// MSBuild's canonical form so editors and CI annotate it: <c>path(line,col): error BK1203: message</c>.
/// </summary>
/// <param name="Code">The diagnostic's code, such as <c>BK1203</c>; docs/diagnostics.md lists them all.</param>
/// <param name="Severity">Whether it is an error, a warning or information.</param>
/// <param name="Message">What is wrong, for a person to read.</param>
/// <param name="File">The file it concerns, as the caller named it.</param>
/// <param name="Span">Where in that file.</param>
public sealed record Diagnostic(string Code, Severity Severity, string Message, string File, TextSpan Span)
{
    /// <summary>The 1-based line it starts on.</summary>
    public int Line => Span.Line;

    /// <summary>The 1-based column (in characters) it starts at.</summary>
    public int Column => Span.Column;

    /// <summary>True for errors, which stop a build.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <summary>The diagnostic as MSBuild prints it: <c>path(line,col): error BK1203: message</c>.</summary>
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

    /// <summary>The word MSBuild uses for a severity: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
