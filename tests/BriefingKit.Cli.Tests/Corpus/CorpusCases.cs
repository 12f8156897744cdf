using System.Globalization;
using BriefingKit.Cli.Tests.Support;
using BriefingKit.Schema;

namespace BriefingKit.Cli.Tests.Corpus;

/// <summary>
/// Every case: the text files in Corpus/ (expectations in leading comments, as in the schema tests) and the
/// generated ones. Header lines: <c># expect: BK2001 18:5, BK3007 13:5</c> or <c># expect: nothing</c>;
/// <c># limits: MaxDepth=4</c> (repeatable); <c># renders: text</c> — text the built Markdown must contain
/// (<c>\uXXXX</c> escapes allowed).
/// </summary>
public static class CorpusCases
{
    private static readonly Lazy<IReadOnlyDictionary<string, BadInputCase>> Cases = new(() =>
        TextCases().Concat(GeneratedCases.All()).ToDictionary(c => c.Name, StringComparer.Ordinal));

    public static IReadOnlyDictionary<string, BadInputCase> All => Cases.Value;

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    private static IEnumerable<BadInputCase> TextCases() =>
        Directory.EnumerateFiles(Repo.CorpusFolder, "*.yaml").Order(StringComparer.Ordinal).Select(Load);

    public static BadInputCase Load(string path)
    {
        var expected = new List<Expected>();
        var renders = new List<string>();
        var limits = SchemaLimits.Default;
        foreach (var line in File.ReadLines(path).TakeWhile(l => l.StartsWith('#')))
        {
            var text = line.TrimStart('#').Trim();
            if (Value(text, "expect:") is { } codes && codes != "nothing")
            {
                expected.AddRange(codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Expected.Parse));
            }
            else if (Value(text, "limits:") is { } setting)
            {
                limits = WithLimit(limits, setting);
            }
            else if (Value(text, "renders:") is { } rendered)
            {
                renders.Add(System.Text.RegularExpressions.Regex.Unescape(rendered)); // \u202E keeps the header free of what it tests
            }
        }

        return new BadInputCase(Path.GetFileName(path), _ => new PreparedInput(path), expected, limits, renders);
    }

    public static SchemaLimits WithLimit(SchemaLimits limits, string setting)
    {
        var (name, value) = (setting.Split('=')[0].Trim(), long.Parse(setting.Split('=')[1], CultureInfo.InvariantCulture));
        return name switch
        {
            "MaxDepth" => limits with { MaxDepth = (int)value },
            "MaxAliases" => limits with { MaxAliases = (int)value },
            "MaxExpandedNodes" => limits with { MaxExpandedNodes = (int)value },
            "MaxScalarLength" => limits with { MaxScalarLength = (int)value },
            "MaxEntitiesPerList" => limits with { MaxEntitiesPerList = (int)value },
            "MaxFileBytes" => limits with { MaxFileBytes = value },
            _ => throw new ArgumentException($"unknown limit '{name}'"),
        };
    }

    private static string? Value(string text, string prefix) =>
        text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..].Trim() : null;
}
