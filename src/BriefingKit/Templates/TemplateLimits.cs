using BriefingKit.Schema;

namespace BriefingKit.Templates;

/// <summary>
/// Bounds on one render. Scriban's own defaults (1,000 loop iterations) stop a real dossier; turning them off
/// would let a template loop forever. So the loop limit follows the dossier's list limit (<c>--max-entries</c>):
/// the longest lists a template walks (timeline, footnotes) merge the dossier's lists, so they get
/// <see cref="ListsMerged"/> times it.
/// </summary>
public sealed record TemplateLimits(int LoopLimit, int RecursiveLimit)
{
    /// <summary>How many dossier lists the longest view list can merge (sources, actors, agencies, policies, statistics, events, statements, citations).</summary>
    public const int ListsMerged = 8;

    public static TemplateLimits Default { get; } = From(SchemaLimits.Default);

    /// <summary>Limits for briefings of dossiers read under <paramref name="limits"/>.</summary>
    public static TemplateLimits From(SchemaLimits limits) =>
        new((int)Math.Min(int.MaxValue, (long)limits.MaxEntitiesPerList * ListsMerged), 100);
}
