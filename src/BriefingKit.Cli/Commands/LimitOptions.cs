using System.CommandLine;
using BriefingKit.Schema;

namespace BriefingKit.Cli.Commands;

/// <summary>The <c>--max-*</c> options that override <see cref="SchemaLimits"/> defaults (docs/limits.md).</summary>
internal sealed class LimitOptions
{
    private readonly Option<long?> maxFileBytes = new("--max-file-bytes") { Description = $"Largest dossier file accepted (default {SchemaLimits.Default.MaxFileBytes:N0})." };
    private readonly Option<int?> maxDepth = new("--max-depth") { Description = $"Deepest YAML nesting accepted (default {SchemaLimits.Default.MaxDepth})." };
    private readonly Option<int?> maxAliases = new("--max-aliases") { Description = $"Most YAML aliases accepted (default {SchemaLimits.Default.MaxAliases})." };
    private readonly Option<int?> maxExpandedNodes = new("--max-expanded-nodes") { Description = $"Most YAML nodes after alias expansion (default {SchemaLimits.Default.MaxExpandedNodes:N0})." };
    private readonly Option<int?> maxScalarLength = new("--max-value-length") { Description = $"Longest single value in characters (default {SchemaLimits.Default.MaxScalarLength:N0})." };
    private readonly Option<int?> maxEntities = new("--max-entries") { Description = $"Most entries in one list (default {SchemaLimits.Default.MaxEntitiesPerList:N0})." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { maxFileBytes, maxDepth, maxAliases, maxExpandedNodes, maxScalarLength, maxEntities })
        {
            option.Validators.Add(result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
                if (token is not null && long.TryParse(token, out var value) && value < 1)
                {
                    result.AddError($"{result.Option.Name} must be at least 1");
                }
            });
            command.Options.Add(option);
        }
    }

    public SchemaLimits Read(ParseResult parse)
    {
        var d = SchemaLimits.Default;
        return d with
        {
            MaxFileBytes = parse.GetValue(maxFileBytes) ?? d.MaxFileBytes,
            MaxDepth = parse.GetValue(maxDepth) ?? d.MaxDepth,
            MaxAliases = parse.GetValue(maxAliases) ?? d.MaxAliases,
            MaxExpandedNodes = parse.GetValue(maxExpandedNodes) ?? d.MaxExpandedNodes,
            MaxScalarLength = parse.GetValue(maxScalarLength) ?? d.MaxScalarLength,
            MaxEntitiesPerList = parse.GetValue(maxEntities) ?? d.MaxEntitiesPerList,
        };
    }
}
