using System.Reflection;

namespace BriefingKit.Benchmarks.Harness;

/// <summary>Where the repository, its seed dossier and the built CLI are, and a scratch folder for generated files.</summary>
internal static class Paths
{
    public static string RepositoryRoot { get; } = Environment.GetEnvironmentVariable("BRIEFINGKIT_REPO") ?? Metadata("RepositoryRoot");

    /// <summary>The configuration this benchmark was built in; the CLI was built in the same one (project reference).</summary>
    public static string Configuration { get; } = Metadata("Configuration");

    public static string SeedDossier => Path.Combine(RepositoryRoot, "dossiers", "us-mexico-migration-2023.dossier.yaml");

    /// <summary>
    /// The CLI as built for this benchmark: the project reference copies it (with its runtimeconfig and deps)
    /// into our own output folder, so a concurrent build of src/BriefingKit.Cli cannot pull it out from under a run.
    /// </summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "BriefingKit.Cli.dll");

    /// <summary>This benchmark's own entry assembly, to run it again as a child process.</summary>
    public static string SelfDll => typeof(Paths).Assembly.Location;

    /// <summary>The <c>dotnet</c> host that is running us (so children use the same runtime).</summary>
    public static string DotnetHost
    {
        get
        {
            var process = Environment.ProcessPath;
            if (process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet")
            {
                return process;
            }

            return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        }
    }

    public static string NewScratchFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"briefingkit-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string Metadata(string key) =>
        typeof(Paths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"assembly metadata '{key}' missing; build with the project file");
}
