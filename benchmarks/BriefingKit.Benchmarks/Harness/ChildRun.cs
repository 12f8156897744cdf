using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace BriefingKit.Benchmarks.Harness;

/// <summary>A process run: wall time from start to exit, the child's peak resident set, its exit code.</summary>
internal sealed record ChildResult(double ElapsedMs, double PeakMB, int ExitCode, string Output);

/// <summary>
/// Runs a command as a child process and measures its peak memory exactly. Linux reports a finished child's
/// peak resident set (ru_maxrss) only to its parent, as the maximum over all children it has waited for, so
/// each command runs under a fresh copy of this program (<c>--measure-child</c>) whose only child it is.
/// Elsewhere the peak falls back to polling <see cref="Process.PeakWorkingSet64"/>.
/// </summary>
internal static class ChildRun
{
    private const string Marker = "measured";

    public static ChildResult Measure(string fileName, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(Paths.DotnetHost) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Paths.SelfDll, "--measure-child", fileName }.Concat(arguments))
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the measuring process");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"measuring process failed: {output}{error.Result}");
        var parts = line.Split(' ');
        return new ChildResult(
            double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture),
            int.Parse(parts[3], CultureInfo.InvariantCulture), output + error.Result);
    }

    /// <summary>The <c>--measure-child</c> mode: run the command, then print "measured ms peakMB exit".</summary>
    public static int MeasureChildMain(IReadOnlyList<string> command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in command.Skip(1))
        {
            start.ArgumentList.Add(a);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        long polledPeak = 0;
        while (!process.WaitForExit(5))
        {
            try
            {
                process.Refresh();
                polledPeak = Math.Max(polledPeak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break;
            }
        }

        process.WaitForExit();
        watch.Stop();
        var peak = PeakOfChildrenBytes() ?? polledPeak;
        Console.Out.Write(output.Result);
        Console.Error.Write(error.Result);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Marker} {watch.Elapsed.TotalMilliseconds:0.0} {peak / (1024.0 * 1024.0):0.0} {process.ExitCode}"));
        return 0;
    }

    /// <summary>Peak resident set of this process so far (for children that measure themselves).</summary>
    public static double? PeakOfSelfMB() => MaxRss(RusageSelf) is { } bytes ? bytes / (1024.0 * 1024.0) : null;

    private static long? PeakOfChildrenBytes() => MaxRss(RusageChildren);

    private const int RusageSelf = 0;
    private const int RusageChildren = -1;

    private static long? MaxRss(int who)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        return NativeMethods.getrusage(who, out var usage) == 0 ? usage.MaxRssKilobytes * 1024 : null;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int getrusage(int who, out RUsage usage);
    }

    /// <summary>Linux <c>struct rusage</c> (64-bit): two timevals, then fourteen longs, ru_maxrss (KiB) first.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxRssKilobytes, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVcsw, NIvcsw;
    }
}
