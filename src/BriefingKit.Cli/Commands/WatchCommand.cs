using System.CommandLine;
using System.Diagnostics;
using BriefingKit.Loading;

namespace BriefingKit.Cli.Commands;

/// <summary>
/// <c>briefingkit watch DOSSIER… [build options]</c>: builds, then rebuilds on every save of a dossier, one of its
/// stored source texts or a template of <c>--template DIR</c>, until Ctrl+C. A broken input is reported and its
/// outputs are left as they were: the last good briefing stays on disk while the analyst fixes the YAML.
/// </summary>
internal static class WatchCommand
{
    /// <summary>Saves arrive as bursts of events (truncate, write, rename); one rebuild per burst.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(60);

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
        var watched = Build(paths, settings, limits, initial: true);
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
            watched = Build(paths, settings, limits, initial: false);
            watchers.Watch(watched);
        }

        return (int)ExitCode.Success;
    }

    /// <summary>One build, timed; returns every file the next build depends on.</summary>
    private static HashSet<string> Build(IReadOnlyList<string> paths, BuildSettings settings, Schema.SchemaLimits limits, bool initial)
    {
        var clock = Stopwatch.StartNew();
        var exit = new BuildRun(settings, limits).Run(paths);
        var elapsed = clock.ElapsedMilliseconds;
        Console.Error.WriteLine(exit == ExitCode.Success
            ? $"{(initial ? "built" : "rebuilt")} in {elapsed} ms"
            : $"{(initial ? "build" : "rebuild")} failed after {elapsed} ms; the last good outputs are unchanged");
        return WatchedFiles(paths, settings, limits);
    }

    /// <summary>The dossiers, the stored texts their sources name, and the files of a template folder.</summary>
    private static HashSet<string> WatchedFiles(IReadOnlyList<string> paths, BuildSettings settings, Schema.SchemaLimits limits)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var dossier = Path.GetFullPath(path);
            files.Add(dossier);
            var folder = Path.GetDirectoryName(dossier)!;
            foreach (var report in DossierLoader.Load(path, limits).SourceTexts.Where(r => r.Text is not null))
            {
                files.Add(Path.GetFullPath(Path.Combine(folder, report.Text!)));
            }
        }

        if (settings.Template is { } template && Directory.Exists(template))
        {
            foreach (var file in Directory.EnumerateFiles(template, "*.sbn", SearchOption.AllDirectories))
            {
                files.Add(Path.GetFullPath(file));
            }
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
