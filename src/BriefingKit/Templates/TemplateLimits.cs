using BriefingKit.Schema;

namespace BriefingKit.Templates;

/// <summary>
/// Bounds on one render. Scriban's own defaults (1,000 loop iterations, 1 MiB of output) stop a real dossier;
/// turning them off would let a template loop forever or build text without end. So the limits follow the
/// dossier's: loops the dossier's list limit (<c>--max-entries</c>) times the <see cref="ListsMerged"/> lists the
/// longest view list can merge, and text (the whole briefing, or one value a template builds) the dossier's file
/// size limit times <see cref="OutputPerInputByte"/>.
/// </summary>
/// <param name="LoopLimit">The most iterations any one loop may run: 8 × the list limit, 800,000 by default.</param>
/// <param name="RecursiveLimit">How deep function calls may nest (100).</param>
/// <param name="MaxTextLength">The most characters the briefing, or any one text a template builds, may have.</param>
public sealed record TemplateLimits(int LoopLimit, int RecursiveLimit, int MaxTextLength)
{
    /// <summary>How many dossier lists the longest view list can merge (sources, actors, agencies, policies, statistics, events, statements, citations).</summary>
    public const int ListsMerged = 8;

    /// <summary>Characters of Markdown a briefing may have per byte of dossier: the seed and the synthetic dossiers give about 1.</summary>
    public const int OutputPerInputByte = 8;

    /// <summary>The limits for dossiers read under <see cref="SchemaLimits.Default"/>.</summary>
    public static TemplateLimits Default { get; } = From(SchemaLimits.Default);

    /// <summary>Limits for briefings of dossiers read under <paramref name="limits"/>.</summary>
    public static TemplateLimits From(SchemaLimits limits) => new(
        (int)Math.Min(int.MaxValue, (long)limits.MaxEntitiesPerList * ListsMerged),
        100,
        (int)Math.Min(Array.MaxLength / 2, limits.MaxFileBytes * OutputPerInputByte));
}
