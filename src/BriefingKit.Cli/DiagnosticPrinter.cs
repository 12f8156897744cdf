using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Cli;

/// <summary>
/// Prints diagnostics in MSBuild's canonical form (<c>path(line,col): error BK1234: message</c>) so editors
/// and CI annotate them; colours severities when writing to a terminal.
/// </summary>
internal sealed class DiagnosticPrinter(TextWriter writer, bool color)
{
    public static DiagnosticPrinter ForStandardError() =>
        new(Console.Error, !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);

    public void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var line = diagnostic.ToString();
            if (!color)
            {
                writer.WriteLine(line);
                continue;
            }

            var code = diagnostic.Severity switch
            {
                Severity.Error => "\u001b[31m",
                Severity.Warning => "\u001b[33m",
                _ => "\u001b[36m",
            };
            writer.WriteLine($"{code}{line}\u001b[0m");
        }
    }

    /// <summary>"2 errors, 1 warning" style counts.</summary>
    public static string Counts(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }
}
