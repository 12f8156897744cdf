using BriefingKit.Schema.Diagnostics;
using Spectre.Console;

namespace BriefingKit.Cli;

/// <summary>
/// Prints diagnostics in MSBuild's canonical form (<c>path(line,col): error BK1234: message</c>) so editors
/// and CI annotate them. On a terminal (and without NO_COLOR) severities are coloured through Spectre.Console;
/// redirected output stays plain text, byte for byte the canonical form.
/// </summary>
internal sealed class DiagnosticPrinter(TextWriter writer, IAnsiConsole? console)
{
    public static DiagnosticPrinter ForStandardError()
    {
        var color = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        var console = color ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }) : null;
        if (console is not null)
        {
            console.Profile.Width = 100_000; // never wrap: a wrapped diagnostic is no longer the canonical one-line form
        }

        return new DiagnosticPrinter(Console.Error, console);
    }

    public void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (console is null)
            {
                writer.WriteLine(diagnostic.ToString());
                continue;
            }

            var style = diagnostic.Severity switch
            {
                Severity.Error => "red",
                Severity.Warning => "yellow",
                _ => "deepskyblue1",
            };
            console.MarkupLine($"[{style}]{Markup.Escape(diagnostic.ToString())}[/]");
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
