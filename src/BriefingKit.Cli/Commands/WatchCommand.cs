using System.CommandLine;
using System.Diagnostics;

namespace BriefingKit.Cli.Commands;

/// <summary>
/// <c>briefingkit watch DOSSIER… [build options]</c>: builds, then rebuilds on every save of a dossier, one of its
/// stored source texts or a template of <c>--template DIR</c>, until Ctrl+C. A broken input is reported and its
/// outputs are left as they were: the last good briefing stays on disk while the analyst fixes the YAML.
/// </summary>
internal static class WatchCommand
{
    /// <summary>
    /// Saves arrive as bursts of events (truncate, write, rename) well under a millisecond apart; a rebuild starts
    /// once the watched files have been quiet this long. Longer only delays every rebuild (issue 19: save to
    /// written under 100 ms); a save caught half-written is rebuilt again by its own next event.
    /// </summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(20);

    public static Command Create()
    {
        var files = new Argument<string[]>("dossiers") { Description = "Dossier files to build and watch (default: the bundled seed dossier).", Arity = ArgumentArity.ZeroOrMore };
        Inputs.RejectOptionLikeValues(files);
        var options = new BuildOptions();
        var limits = new LimitOptions();
        var command = new Command("watch", "Build, then rebuild whenever a dossier, a source text or a template is saved (Ctrl+C stops).") { files };
        options.AddTo(command);
        limits.AddTo(command);
        command.SetAction(parse => Run(Inputs.OrSeed(parse.GetValue(files)), options.Read(parse), limits.Read(parse)));
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, BuildSettings settings, Schema.SchemaLimits limits)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true; // stop watching, exit normally
            stop.Cancel();
        };

        var changed = new SemaphoreSlim(0);
        var watched = Build(paths, settings, limits, before: []);
        using var watchers = new WatcherSet(() => changed.Release());
        watchers.Watch(watched);
        Console.Error.WriteLine($"watching {watched.Count} file{(watched.Count == 1 ? "" : "s")}; Ctrl+C stops");
        while (!stop.IsCancellationRequested)
        {
            try
            {
                changed.Wait(stop.Token);
                while (changed.Wait(Settle))
                {
                    // more events of the same save
                }
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var changedFiles = watchers.TakeChanged();
            if (changedFiles.Count == 0)
            {
                continue;
            }

            Console.Error.WriteLine($"changed: {string.Join(", ", changedFiles.Select(Path.GetFileName))}");
            watched = Build(paths, settings, limits, watched);
            watchers.Watch(watched);
        }

        return (int)ExitCode.Success;
    }

    /// <summary>
    /// One build, timed; returns every file the next build depends on: the dossiers, the stored texts their sources
    /// name (as the build loaded them, not read again), the files of a template folder, and what was watched before
    /// (a build that stopped at a broken template did not load the dossiers, so it cannot say which texts they name).
    /// </summary>
    private static HashSet<string> Build(IReadOnlyList<string> paths, BuildSettings settings, Schema.SchemaLimits limits, HashSet<string> before)
    {
        var clock = Stopwatch.StartNew();
        var run = new BuildRun(settings, limits);
        var exit = run.Run(paths);
        var elapsed = clock.ElapsedMilliseconds;
        var initial = before.Count == 0;
        Console.Error.WriteLine(exit == ExitCode.Success
            ? $"{(initial ? "built" : "rebuilt")} in {elapsed} ms"
            : $"{(initial ? "build" : "rebuild")} failed after {elapsed} ms; the last good outputs are unchanged");

        var files = new HashSet<string>(before, StringComparer.Ordinal);
        files.UnionWith(paths.Select(Path.GetFullPath));
        files.UnionWith(run.SourceTextFiles);
        if (settings.Template is { } template && Directory.Exists(template))
        {
            files.UnionWith(Directory.EnumerateFiles(template, "*.sbn", SearchOption.AllDirectories).Select(Path.GetFullPath));
        }

        return files;
    }

    /// <summary>One file-system watcher per folder that holds a watched file; remembers which watched files changed.</summary>
    private sealed class WatcherSet(Action signal) : IDisposable
    {
        private readonly Dictionary<string, FileSystemWatcher> watchers = new(StringComparer.Ordinal);
        private readonly HashSet<string> changed = new(StringComparer.Ordinal);
        private HashSet<string> files = new(StringComparer.Ordinal);

        public void Watch(HashSet<string> watched)
        {
            lock (changed)
            {
                files = watched;
            }

            foreach (var folder in watched.Select(f => Path.GetDirectoryName(f)!).Distinct(StringComparer.Ordinal).Where(Directory.Exists))
            {
                if (watchers.ContainsKey(folder))
                {
                    continue;
                }

                var watcher = new FileSystemWatcher(folder) { NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
                watcher.Changed += (_, e) => Note(e.FullPath);
                watcher.Created += (_, e) => Note(e.FullPath);
                watcher.Renamed += (_, e) => Note(e.FullPath); // editors save by writing a temporary file and renaming it
                watcher.EnableRaisingEvents = true;
                watchers[folder] = watcher;
            }
        }

        public List<string> TakeChanged()
        {
            lock (changed)
            {
                var list = changed.Order(StringComparer.Ordinal).ToList();
                changed.Clear();
                return list;
            }
        }

        public void Dispose()
        {
            foreach (var watcher in watchers.Values)
            {
                watcher.Dispose();
            }
        }

        private void Note(string path)
        {
            lock (changed)
            {
                if (!files.Contains(Path.GetFullPath(path)) || !changed.Add(Path.GetFullPath(path)))
                {
                    return;
                }
            }

            signal();
        }
    }
}
