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

/// <summary>A source's stored text: the source, its path relative to the dossier file (<c>texts/ID.txt</c>) and its content.</summary>
public sealed record SyntheticText(string SourceId, string Path, string Content);

/// <summary>A generated dossier: its YAML text, what it holds, and the schema limits it needs.</summary>
public sealed record SyntheticDossier(string Id, string Text, SyntheticCounts Counts, int Seed, long Nodes)
{
    /// <summary>
    /// Every source's stored text, in source order, when generated with texts (each source then gives
    /// <c>text: texts/ID.txt</c>); empty otherwise.
    /// </summary>
    public IReadOnlyList<SyntheticText> Texts { get; init; } = [];

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

    /// <summary>
    /// Generates a valid dossier of exactly <paramref name="facts"/> facts (at least 20). With
    /// <paramref name="withTexts"/>, also a stored text per source (a <c>.txt</c> article, one paragraph per line)
    /// holding every quote cited from it in the paragraph its locator names, so the dossier loads from disk with
    /// every quote verified; the dossier is the same one as without texts, plus the <c>text:</c> lines (and,
    /// rarely, a locator moved to where a repeated quote already is).
    /// </summary>
    public static SyntheticDossier Generate(int facts, int seed = DefaultSeed, bool withTexts = false)
    {
        var counts = SyntheticCounts.For(facts);
        var generator = new DossierGenerator(counts, seed, withTexts);
        var (text, nodes, texts) = generator.Write();
        return new SyntheticDossier($"synthetic-{facts}-facts", text, counts, seed, nodes) { Texts = texts };
    }

    /// <summary>
    /// Writes the dossier into <paramref name="folder"/> (UTF-8, no BOM) and returns its path; its stored texts,
    /// if any, go under <c>folder/texts/</c>.
    /// </summary>
    public string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var utf8 = new UTF8Encoding(false);
        File.WriteAllText(path, Text, utf8);
        foreach (var text in Texts)
        {
            var file = Path.Combine(folder, text.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text.Content, utf8);
        }

        return path;
    }
}
