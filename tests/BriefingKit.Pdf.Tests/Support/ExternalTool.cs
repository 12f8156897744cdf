using System.Diagnostics;

namespace BriefingKit.Pdf.Tests.Support;

/// <summary>Runs a command-line tool with a time limit and captures its output.</summary>
internal static class ExternalTool
{
    public static string? Find(string tool)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(dir, tool);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    public static (int ExitCode, string Output, string Error) Run(string tool, params string[] arguments)
    {
        var path = Find(tool) ?? throw new InvalidOperationException(
            $"'{tool}' is not on PATH but {RequiresToolFactAttribute.RequireVariable}=1 requires it (apt-get install qpdf poppler-utils).");
        var info = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within 60 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
