namespace BriefingKit.Cli.Tests.Support;

/// <summary>Paths of the repository and of the files copied beside the tests.</summary>
public static class Repo
{
    public static string SeedDossier => Path.Combine(AppContext.BaseDirectory, "dossiers", "us-mexico-migration-2023.dossier.yaml");

    public static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BriefingKit.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new DirectoryNotFoundException("repository root (BriefingKit.sln) not found");
        }
    }
}
