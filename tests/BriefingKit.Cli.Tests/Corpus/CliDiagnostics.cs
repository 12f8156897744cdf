using System.Text.Json;
using System.Text.RegularExpressions;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Cli.Tests.Corpus;

/// <summary>Reads diagnostics back from the CLI's two output forms: <c>check --json</c> and MSBuild-style lines.</summary>
public static partial class CliDiagnostics
{
    public sealed record Reported(Expected Diagnostic, string File, string Message);

    /// <summary>Parses <c>{"diagnostics":[{code,severity,message,file,line,column}],"counts":{…}}</c>, checking its shape.</summary>
    public static IReadOnlyList<Reported> FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["diagnostics", "counts", "sourceTexts"]);
        root.GetProperty("counts").EnumerateObject().ShouldAllBe(p => p.Value.ValueKind == JsonValueKind.Number);
        return root.GetProperty("diagnostics").EnumerateArray().Select(d =>
        {
            d.EnumerateObject().Select(p => p.Name).ShouldBe(["code", "severity", "message", "file", "line", "column"]);
            var severity = d.GetProperty("severity").GetString() switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                "info" => Severity.Info,
                var other => throw new ShouldAssertException($"unknown severity '{other}'"),
            };
            var expected = new Expected(d.GetProperty("code").GetString()!, severity, d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32());
            return new Reported(expected, d.GetProperty("file").GetString()!, d.GetProperty("message").GetString()!);
        }).ToList();
    }

    /// <summary>Lines of the form <c>path(line,col): error BK1234: message</c>.</summary>
    public static IReadOnlyList<Reported> FromText(string text) =>
        MsBuildLine().Matches(text).Select(m => new Reported(
            new Expected(
                m.Groups["code"].Value,
                m.Groups["severity"].Value switch { "error" => Severity.Error, "warning" => Severity.Warning, _ => Severity.Info },
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture)),
            m.Groups["file"].Value,
            m.Groups["message"].Value)).ToList();

    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<code>BK\d{4}): (?<message>.*)$", RegexOptions.Multiline)]
    private static partial Regex MsBuildLine();
}
