using BriefingKit.Cli.Tests.Support;
using BriefingKit.Schema;
using BriefingKit.Schema.Yaml;

namespace BriefingKit.Cli.Tests.Limits;

/// <summary>
/// One limit: a valid dossier that uses exactly <see cref="AtLimit"/> of it, the diagnostic one less gives, and
/// how to set the limit through the API (<see cref="SchemaLimits"/>) and the CLI (<c>--max-*</c>).
/// </summary>
public sealed record LimitCase(string Name, string Dossier, long AtLimit, string Code, string Option, Func<SchemaLimits, long, SchemaLimits> Set)
{
    public override string ToString() => Name;

    public static IEnumerable<LimitCase> All()
    {
        var text = WithExtras();
        yield return new("MaxFileBytes", text, System.Text.Encoding.UTF8.GetByteCount(text), "BK1002", "--max-file-bytes", (l, v) => l with { MaxFileBytes = v });
        yield return new("MaxDepth", text, 5, "BK1012", "--max-depth", (l, v) => l with { MaxDepth = (int)v }); // root → events → event → citations → citation
        yield return new("MaxAliases", text, 3, "BK1013", "--max-aliases", (l, v) => l with { MaxAliases = (int)v });
        yield return new("MaxExpandedNodes", text, CountNodes(text), "BK1013", "--max-expanded-nodes", (l, v) => l with { MaxExpandedNodes = (int)v });
        yield return new("MaxScalarLength", text, 100, "BK1018", "--max-value-length", (l, v) => l with { MaxScalarLength = (int)v });
        yield return new("MaxEntitiesPerList", text, 6, "BK1021", "--max-entries", (l, v) => l with { MaxEntitiesPerList = (int)v });
    }

    /// <summary>The minimal dossier plus a 100-character title, six tags (the longest list) and three aliases.</summary>
    private static string WithExtras() => Dossiers.Minimal
        .Replace("  title: López Obrador\n", $"  title: {new string('t', 100)}\n", StringComparison.Ordinal)
        .Replace("  marking: UNCLASSIFIED\n", "  marking: UNCLASSIFIED\n  tags: [&t one, *t, *t, *t, five, six]\n", StringComparison.Ordinal);

    /// <summary>Nodes as the reader counts them (keys included), independently of its counter.</summary>
    private static long CountNodes(string text)
    {
        var root = YamlTreeBuilder.Build("count", text, SchemaLimits.Default, []) ?? throw new InvalidOperationException("does not parse");
        long Count(YamlNode node) => node switch
        {
            YamlMapping m => 1 + m.Entries.Sum(e => 1 + Count(e.Value)),
            YamlSequence s => 1 + s.Items.Sum(Count),
            _ => 1,
        };
        return Count(root);
    }
}
