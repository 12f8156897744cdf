namespace BriefingKit.Generators.Tests.Support;

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

/// <summary>A measurement, not a check: runs only when <c>BRIEFINGKIT_GENERATOR_TIMINGS=1</c> and prints its figures.</summary>
public sealed class TimingFactAttribute : FactAttribute
{
    public TimingFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("BRIEFINGKIT_GENERATOR_TIMINGS") != "1")
        {
            Skip = "Generator timing run skipped: set BRIEFINGKIT_GENERATOR_TIMINGS=1 to measure cold, C#-edit and dossier-edit runs "
                + "(small and ~10,000-fact dossiers); figures are printed, not asserted.";
        }
    }
}
