using System.Text;
using BriefingKit.Schema;

namespace BriefingKit.Synthetic;

/// <summary>
/// How many entities of each kind a synthetic dossier holds. "Facts" are the six sourced kinds the schema
/// treats as facts (policies, statistics, events, statements, relationships, claims); sources, actors and
/// agencies are the supporting cast and grow with the facts.
/// </summary>
public sealed record SyntheticCounts(
    int Sources, int Agencies, int Actors, int Policies, int Statistics, int Events, int Statements, int Relationships, int Claims)
{
    public int Facts => Policies + Statistics + Events + Statements + Relationships + Claims;

    /// <summary>The mix for <paramref name="facts"/> facts, in proportions close to the seed dossier's.</summary>
    public static SyntheticCounts For(int facts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(facts, 20);
        var policies = facts * 8 / 100;
        var statistics = facts * 18 / 100;
        var events = facts * 16 / 100;
        var relationships = facts * 18 / 100;
        var claims = facts * 6 / 100;
        var statements = facts - policies - statistics - events - relationships - claims;
        return new SyntheticCounts(
            Sources: Math.Max(4, facts / 50),
            Agencies: Math.Max(6, facts / 25),
            Actors: Math.Max(12, facts / 8),
            policies, statistics, events, statements, relationships, claims);
    }
}

/// <summary>A generated dossier: its YAML text, what it holds, and the schema limits it needs.</summary>
public sealed record SyntheticDossier(string Id, string Text, SyntheticCounts Counts, int Seed, long Nodes)
{
    /// <summary>The seed used when none is given (any seed gives a valid dossier; the same seed the same text).</summary>
    public const int DefaultSeed = 20231228;

    /// <summary>The sizes the scale benchmarks use.</summary>
    public static IReadOnlyList<int> StandardSizes { get; } = [100, 1_000, 10_000, 50_000];

    public string FileName => Id + ".dossier.yaml";

    /// <summary>Size of the file in UTF-8.</summary>
    public long Bytes => Encoding.UTF8.GetByteCount(Text);

    /// <summary>
    /// <see cref="SchemaLimits.Default"/>, raised only where this dossier exceeds it: files up to 10,000 facts
    /// fit the defaults; 50,000 facts need a larger file size and node budget (the CLI's
    /// <c>--max-file-bytes</c> and <c>--max-expanded-nodes</c>).
    /// </summary>
    public SchemaLimits Limits
    {
        get
        {
            var limits = SchemaLimits.Default;
            if (Bytes > limits.MaxFileBytes)
            {
                limits = limits with { MaxFileBytes = Bytes + (Bytes / 4) };
            }

            if (Nodes > limits.MaxExpandedNodes)
            {
                limits = limits with { MaxExpandedNodes = (int)Math.Min(int.MaxValue, Nodes + (Nodes / 4)) };
            }

            return limits;
        }
    }

    /// <summary>Generates a valid dossier of exactly <paramref name="facts"/> facts (at least 20).</summary>
    public static SyntheticDossier Generate(int facts, int seed = DefaultSeed)
    {
        var counts = SyntheticCounts.For(facts);
        var generator = new DossierGenerator(counts, seed);
        var (text, nodes) = generator.Write();
        return new SyntheticDossier($"synthetic-{facts}-facts", text, counts, seed, nodes);
    }

    /// <summary>Writes the dossier into <paramref name="folder"/> (UTF-8, no BOM) and returns its path.</summary>
    public string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, Text, new UTF8Encoding(false));
        return path;
    }
}
