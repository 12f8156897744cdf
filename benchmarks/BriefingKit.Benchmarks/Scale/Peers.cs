using BriefingKit.Benchmarks.Harness;

namespace BriefingKit.Benchmarks.Scale;

/// <summary>
/// BriefingKit against the usual way of making a PDF briefing, side by side in one run: BriefingKit from the YAML
/// (<c>build --format md,pdf</c>) against pandoc turning the finished Markdown alone into PDF, with wkhtmltopdf and
/// with weasyprint (Debian's packages). Reported as "times faster than the fastest peer", with the issue's goal.
/// Skipped, and said so, when pandoc or both engines are absent (<c>.ci/install-tools --peers</c> installs them).
/// With <c>BRIEFINGKIT_PUBLISHED_CLI</c> set, the published CLI is timed as well and the ratio uses it.
/// </summary>
internal static class Peers
{
    private const double TimesFasterGoal = 10;
    private static readonly string[] Engines = ["wkhtmltopdf", "weasyprint"];

    public static void Run(RunSettings settings, Report report, IReadOnlyList<Fixture> fixtures, Fixture seed, string folder)
    {
        var pandoc = OnPath("pandoc");
        var engines = Engines.Where(e => OnPath(e) is not null).ToList();
        if (!File.Exists(Paths.CliDll) || pandoc is null || engines.Count == 0)
        {
            var missing = string.Join(", ", new[] { "pandoc" }.Concat(Engines).Where(t => OnPath(t) is null));
            report.Note($"skipped the peer comparison: {(File.Exists(Paths.CliDll) ? $"not installed: {missing}" : "the CLI is not built")} (apt-get install pandoc wkhtmltopdf weasyprint)");
            return;
        }

        var output = Path.Combine(folder, "peers");
        Directory.CreateDirectory(output);
        foreach (var fixture in fixtures.Where(f => f.Facts == 1_000).Prepend(seed))
        {
            var label = fixture == seed ? "seed" : fixture.Name;
            var ours = EndToEnd.Repeat(settings.ProcessRuns, warmUp: true, () => EndToEnd.Cli(fixture, output, "md,pdf"));
            report.Time($"peers-{label}-briefingkit-yaml-to-md-pdf", ours.ElapsedMs);
            if (Published() is { } published)
            {
                // The CLI as a build server installs it (dotnet publish: ReadyToRun, or Native AOT with -p:BriefingKitAot=true).
                ours = EndToEnd.Repeat(settings.ProcessRuns, warmUp: true, () => ChildRun.Measure(published, ["build", fixture.Path, "--out", output, "--format", "md,pdf"]));
                report.Time($"peers-{label}-briefingkit-published-yaml-to-md-pdf", ours.ElapsedMs);
            }

            // The peers start from what BriefingKit has just written: the finished Markdown.
            var markdown = Path.Combine(output, fixture.Dossier.Id + ".md");
            var fastest = double.MaxValue;
            foreach (var engine in engines)
            {
                // A 1,000-fact PDF takes a peer tens of seconds: one run there outside --full.
                var runs = fixture == seed || settings.Mode == "full" ? settings.ProcessRuns : 1;
                var pdf = Path.Combine(output, $"{label}-{engine}.pdf");
                var peer = EndToEnd.Repeat(runs, warmUp: false, () => ChildRun.Measure(pandoc, [markdown, "--pdf-engine", engine, "-o", pdf]));
                report.Time($"peers-{label}-pandoc-{engine}-md-to-pdf", peer.ElapsedMs);
                fastest = Math.Min(fastest, peer.ElapsedMs);
            }

            report.Ratio($"peers-{label}-times-faster-than-fastest-peer", fastest / ours.ElapsedMs, Goal.Min(TimesFasterGoal));
        }
    }

    /// <summary>A published CLI to compare too: <c>BRIEFINGKIT_PUBLISHED_CLI=/opt/briefingkit/BriefingKit.Cli</c>.</summary>
    internal static string? Published() =>
        Environment.GetEnvironmentVariable("BRIEFINGKIT_PUBLISHED_CLI") is { Length: > 0 } path && File.Exists(path) ? path : null;

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
