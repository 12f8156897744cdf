using System.Globalization;
using BriefingKit.Schema;

namespace BriefingKit.Schema.Tests;

/// <summary>
/// A file in Cases/ with its expectations in leading comments:
/// <c># expect: BK2001 7:5</c> (one line per diagnostic, in file order) and optionally
/// <c># limits: MaxDepth=4</c> to tighten a limit for the case.
/// </summary>
public sealed record DiagnosticCase(string Name, string Path, IReadOnlyList<string> Expected, SchemaLimits Limits)
{
    public static string CasesFolder => System.IO.Path.Combine(AppContext.BaseDirectory, "Cases");

    public static IEnumerable<DiagnosticCase> All() =>
        Directory.EnumerateFiles(CasesFolder, "*.WithDiagnostics.yaml").Order(StringComparer.Ordinal).Select(Load);

    public static DiagnosticCase Load(string path)
    {
        var expected = new List<string>();
        var limits = SchemaLimits.Default;
        foreach (var line in File.ReadLines(path).TakeWhile(l => l.StartsWith('#')))
        {
            var text = line.TrimStart('#').Trim();
            if (text.StartsWith("expect:", StringComparison.Ordinal))
            {
                expected.AddRange(text["expect:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            else if (text.StartsWith("limits:", StringComparison.Ordinal))
            {
                limits = ApplyLimit(limits, text["limits:".Length..].Trim());
            }
        }

        return new DiagnosticCase(System.IO.Path.GetFileName(path), path, expected, limits);
    }

    private static SchemaLimits ApplyLimit(SchemaLimits limits, string setting)
    {
        var (name, value) = (setting.Split('=')[0], int.Parse(setting.Split('=')[1], CultureInfo.InvariantCulture));
        return name switch
        {
            "MaxDepth" => limits with { MaxDepth = value },
            "MaxAliases" => limits with { MaxAliases = value },
            "MaxExpandedNodes" => limits with { MaxExpandedNodes = value },
            "MaxScalarLength" => limits with { MaxScalarLength = value },
            "MaxEntitiesPerList" => limits with { MaxEntitiesPerList = value },
            "MaxFileBytes" => limits with { MaxFileBytes = value },
            _ => throw new ArgumentException($"unknown limit '{name}'"),
        };
    }

    public override string ToString() => Name;
}
