using System.Diagnostics;
using System.Reflection;

namespace BriefingKit.Cli.Tests.Support;

/// <summary>What one run of the CLI process did.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed, bool TimedOut)
{
    public override string ToString() => $"exit {ExitCode} in {Elapsed.TotalMilliseconds:0} ms{(TimedOut ? " (killed: timeout)" : "")}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}

/// <summary>
/// Runs the built CLI as a separate process (<c>dotnet BriefingKit.Cli.dll …</c>), as a user would, with
/// colours off and a generous timeout: bad input must end in seconds with diagnostics, never hang.
/// </summary>
public static class CliProcess
{
    /// <summary>Generous on purpose (CI machines are slow); the point is "ends", not a performance bound.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static string DllPath { get; } = typeof(CliProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BriefingKitCli").Value!;

    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, DefaultTimeout, args);

    public static CliResult Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        var exited = process.WaitForExit(timeout);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.WaitForExit(); // drains the redirected streams
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, !exited);
    }

    /// <summary>Starts the CLI without waiting, for tests that kill it or race two of them.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["NO_COLOR"] = "1";
        info.Environment.Remove("BRIEFINGKIT_DEBUG");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the CLI");
        process.StandardInput.Close();
        return process;
    }

    /// <summary>The dotnet host running these tests (DOTNET_HOST_PATH under `dotnet test`), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
