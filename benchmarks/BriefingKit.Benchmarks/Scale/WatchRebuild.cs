using System.Diagnostics;
using System.Globalization;
using BriefingKit.Benchmarks.Harness;

namespace BriefingKit.Benchmarks.Scale;

/// <summary>
/// <c>briefingkit watch</c> as an analyst uses it: the watcher runs on a copy of the seed dossier (Markdown and PDF),
/// one line of the copy is edited and saved, and the time is taken from the save to the watcher's "rebuilt" line,
/// which it prints once both outputs are written. So the figure includes noticing the save and the pause that
/// gathers one save's events into one rebuild, not only the build. Each edit changes the audience line back and forth.
/// Timed for the built CLI and, with <c>BRIEFINGKIT_PUBLISHED_CLI</c>, for the published one.
/// </summary>
internal static class WatchRebuild
{
    private const double RebuildGoalMs = 100;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static void Run(RunSettings settings, Report report, string folder)
    {
        if (!File.Exists(Paths.CliDll))
        {
            report.Note($"skipped the watch figures: {Paths.CliDll} is not built");
            return;
        }

        var saves = settings.Mode == "full" ? 20 : 8;
        Measure(report, "watch-seed-rebuild-after-one-line-edit", Paths.DotnetHost, [Paths.CliDll], folder, saves);
        if (Peers.Published() is { } published)
        {
            Measure(report, "watch-seed-rebuild-after-one-line-edit-published", published, [], folder, saves);
        }
    }

    private static void Measure(Report report, string name, string program, IReadOnlyList<string> prefix, string folder, int saves)
    {
        var work = Path.Combine(folder, name);
        Directory.CreateDirectory(work);
        var dossier = Path.Combine(work, Path.GetFileName(Paths.SeedDossier));
        var original = File.ReadAllText(Paths.SeedDossier);
        File.WriteAllText(dossier, original);

        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true };
        foreach (var argument in prefix.Concat(["watch", dossier, "--out", Path.Combine(work, "out"), "--format", "md,pdf"]))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        using var lines = new BlockingLines(process);
        try
        {
            lines.WaitFor("watching ", Patience);
            var timings = new List<double>();
            var reported = new List<double>();
            for (var save = 0; save < saves; save++)
            {
                var edited = save % 2 == 0 ? original.Replace("  audience: \"Policy staff", "  audience: \"Policy officers", StringComparison.Ordinal) : original;
                Thread.Sleep(150); // let the previous rebuild's output settle, as between an analyst's saves
                var clock = Stopwatch.StartNew();
                File.WriteAllText(dossier, edited);
                var line = lines.WaitFor("rebuilt in ", Patience);
                timings.Add(clock.Elapsed.TotalMilliseconds);
                reported.Add(double.Parse(line.Split(' ')[2], CultureInfo.InvariantCulture));
            }

            report.Time(name, Median(timings), Goal.Max(RebuildGoalMs));
            report.Time(name + "-build-only", Median(reported));
            report.Note(string.Create(CultureInfo.InvariantCulture,
                $"{name}: save to written, ms: {string.Join(", ", timings.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))} (median; the build alone: {string.Join(", ", reported)})"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The watcher's stderr, line by line, as it prints it.</summary>
    private sealed class BlockingLines : IDisposable
    {
        private readonly System.Collections.Concurrent.BlockingCollection<string> lines = [];

        public BlockingLines(Process process)
        {
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is { } line)
                {
                    lines.Add(line);
                }
            };
            process.OutputDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
        }

        public string WaitFor(string prefix, TimeSpan patience)
        {
            var deadline = Stopwatch.StartNew();
            while (lines.TryTake(out var line, patience - deadline.Elapsed > TimeSpan.Zero ? patience - deadline.Elapsed : TimeSpan.Zero))
            {
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return line;
                }

                if (line.Contains("failed", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"watch reported: {line}");
                }
            }

            throw new InvalidOperationException($"watch printed no '{prefix}…' line within {patience.TotalSeconds} s");
        }

        public void Dispose() => lines.Dispose();
    }
}
