using System.Diagnostics;
using BriefingKit.Generators.Tests.Support;
using Xunit.Abstractions;

namespace BriefingKit.Generators.Tests.Package;

/// <summary>The NuGet packages as a user meets them; runs samples/verify-package.sh (opt-in: BRIEFINGKIT_PACKAGE_TESTS=1).</summary>
public class PackageTests(ITestOutputHelper output)
{
    [PackageFact]
    public async Task The_three_packages_install_build_and_run_and_a_dangling_reference_or_a_template_typo_fails_the_build()
    {
        var script = Path.Combine(Repository.Root, "samples", "verify-package.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await process.WaitForExitAsync(timeout.Token);
        output.WriteLine(await stdout);

        process.ExitCode.ShouldBe(0, await stderr);
        (await stdout).ShouldContain("us-mexico-migration-2023.dossier.yaml(");
        (await stdout).ShouldContain("): error BK3002: unknown actor or agency");
        (await stdout).ShouldContain("): error BK1010: YAML syntax error");
        (await stdout).ShouldContain(",31): error BK4005: 'qoute_typo' is not a field of a statement");
        (await stdout).ShouldContain("wrote "); // the net8.0 sample and the installed tool
        (await stdout).ShouldContain("deputy-secretary.md and .pdf");
        (await stdout).ShouldContain("is not compatible with netstandard2.0");
        (await stdout).ShouldContain("verify-package: OK");
    }
}
