namespace BriefingKit.Cli;

/// <summary>Locates the seed dossier and default templates shipped beside the executable.</summary>
internal static class BundledContent
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "bundled");

    public static string SeedDossier => Path.Combine(Root, "dossiers", "us-mexico-migration-2023.dossier.yaml");

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>A short path for messages: relative to the working directory when that is shorter.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.Length < path.Length ? relative : path;
    }
}
