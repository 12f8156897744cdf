using System.CommandLine;

namespace BriefingKit.Cli.Commands;

/// <summary>Resolves the dossier arguments: the given files, or the seed dossier when none are given.</summary>
internal static class Inputs
{
    private const string RepoSeed = "dossiers/us-mexico-migration-2023.dossier.yaml";

    /// <summary>Makes "--bogus" a usage error instead of a file that does not exist.</summary>
    public static void RejectOptionLikeValues<T>(Argument<T> files) =>
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !File.Exists(t.Value)))
            {
                result.AddError($"unknown option '{token.Value}'");
            }
        });

    public static IReadOnlyList<string> OrSeed(string[]? files)
    {
        if (files is { Length: > 0 })
        {
            return files;
        }

        // In a clone, prefer the repo's own file so diagnostics point at what the user edits.
        return [File.Exists(RepoSeed) ? RepoSeed : BundledContent.Display(BundledContent.SeedDossier)];
    }
}
