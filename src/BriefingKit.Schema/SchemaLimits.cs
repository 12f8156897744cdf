namespace BriefingKit.Schema;

/// <summary>
/// Bounds on what a dossier may contain, so hostile or accidental input is rejected cheaply instead of
/// exhausting the stack, memory or time. Defaults are documented in docs/limits.md.
/// </summary>
public sealed record SchemaLimits
{
    /// <summary>The documented defaults, which every real dossier fits.</summary>
    public static SchemaLimits Default { get; } = new();

    /// <summary>Largest file accepted, in bytes (default 8 MiB).</summary>
    public long MaxFileBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>Deepest nesting of mappings and sequences (default 32; a dossier needs 6).</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Most alias uses (<c>*name</c>) in one file (default 100).</summary>
    public int MaxAliases { get; init; } = 100;

    /// <summary>Most nodes after expanding aliases (default 1,000,000); stops "billion laughs".</summary>
    public int MaxExpandedNodes { get; init; } = 1_000_000;

    /// <summary>Longest single value, in characters (default 64 Ki).</summary>
    public int MaxScalarLength { get; init; } = 64 * 1024;

    /// <summary>Most entries in any one list (default 100,000).</summary>
    public int MaxEntitiesPerList { get; init; } = 100_000;
}
