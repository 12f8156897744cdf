using System.Text.RegularExpressions;

namespace BriefingKit.Tests.SourceTexts;

/// <summary>
/// The five seed articles the seed dossier models. They are third-party texts, so they stay outside the repository
/// (<c>../shared/seeds</c> from its root, or <c>BRIEFINGKIT_SEEDS</c>); tests copy them beside a copy of the dossier.
/// </summary>
public static partial class SeedTexts
{
    public const string RequireVariable = "BRIEFINGKIT_REQUIRE_SEEDS";

    /// <summary>Which seed file is the stored text of which source.</summary>
    public static readonly IReadOnlyDictionary<string, string> FileOf = new Dictionary<string, string>
    {
        ["nyt-rewrite-2024"] = "000_fdd28378704f647d.txt",
        ["cbs-2023-12-28"] = "001_99c168be7e55c513.txt",
        ["examiner-2021-03"] = "002_de008f6ff076fba0.txt",
        ["adn-2023-12-28"] = "003_d3f7a99b25058052.txt",
        ["wsj-2023-12-21"] = "004_9f6a0ec44740c91c.txt",
    };

    public static string? Folder { get; } = Find();

    /// <summary>Writes the seed dossier with <c>text: texts/…</c> on every source, and the texts, into <paramref name="folder"/>; returns the dossier's path.</summary>
    public static string WriteDossierWithTexts(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "texts"));
        foreach (var file in FileOf.Values)
        {
            File.Copy(Path.Combine(Folder!, file), Path.Combine(folder, "texts", file), overwrite: true);
        }

        var path = Path.Combine(folder, "seed.dossier.yaml");
        File.WriteAllText(path, WithTexts(File.ReadAllText(Seed.Path)));
        return path;
    }

    /// <summary>The dossier text with a <c>text:</c> line after each source's <c>id:</c> line.</summary>
    public static string WithTexts(string yaml) => SourceId().Replace(yaml, m =>
        FileOf.TryGetValue(m.Groups[1].Value, out var file) ? $"{m.Value}\n    text: texts/{file}" : m.Value);

    [GeneratedRegex(@"(?m)^  - id: ([a-z0-9-]+)$(?=\n    outlet:)")]
    private static partial Regex SourceId();

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("BRIEFINGKIT_SEEDS") is { Length: > 0 } given)
        {
            return Directory.Exists(given) ? Path.GetFullPath(given) : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (FileOf.Values.All(f => File.Exists(Path.Combine(candidate, f))))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A test that needs the seed articles: skipped, saying so, when they are not on this machine (fails instead under <c>BRIEFINGKIT_REQUIRE_SEEDS=1</c>).</summary>
public sealed class SeedTextsFactAttribute : FactAttribute
{
    public SeedTextsFactAttribute()
    {
        if (SeedTexts.Folder is null && Environment.GetEnvironmentVariable(SeedTexts.RequireVariable) != "1")
        {
            Skip = $"needs the seed articles (../shared/seeds from the repository root, or BRIEFINGKIT_SEEDS); set {SeedTexts.RequireVariable}=1 to fail instead of skipping";
        }
    }
}
