using BriefingKit.Loading;

namespace BriefingKit.Generators.Tests.Support;

/// <summary>A fact about the seed dossier; skipped, saying why, while the seed (edited elsewhere) does not load cleanly.</summary>
public sealed class SeedDossierFactAttribute : FactAttribute
{
    public SeedDossierFactAttribute()
    {
        var loaded = DossierLoader.Load(Path);
        if (!loaded.Succeeded)
        {
            Skip = $"Seed dossier {Path} has {loaded.Errors.Count()} error(s), first: {loaded.Errors.FirstOrDefault()}";
        }
    }

    public static string Path { get; } = System.IO.Path.Combine(Repository.Root, "dossiers", "us-mexico-migration-2023.dossier.yaml");
}

/// <summary>Where the repository is, seen from the test assembly.</summary>
public static class Repository
{
    /// <summary>The nearest folder above the test assembly holding Directory.Packages.props.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("repository root not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that runs only when <c>BRIEFINGKIT_PACKAGE_TESTS=1</c>: it packs BriefingKit and builds samples/ against it.</summary>
public sealed class PackageFactAttribute : FactAttribute
{
    public PackageFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("BRIEFINGKIT_PACKAGE_TESTS") != "1")
        {
            Skip = "Package test skipped: it packs BriefingKit into a temporary feed and builds and runs samples/UsMexicoBriefing "
                + "from it (takes minutes and needs the NuGet source). Set BRIEFINGKIT_PACKAGE_TESTS=1 to run it, "
                + "or run samples/verify-package.sh directly.";
        }
    }
}
