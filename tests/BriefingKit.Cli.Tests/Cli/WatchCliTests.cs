using System.Collections.Concurrent;
using BriefingKit.Cli.Tests.Support;

namespace BriefingKit.Cli.Tests.Cli;

/// <summary>
/// <c>briefingkit watch</c> as an analyst uses it: build, edit the dossier, see the briefing rebuilt; break the
/// YAML, see the error and keep the last good briefing; fix it, see it rebuilt.
/// </summary>
public sealed class WatchCliTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Rebuilds_on_save_and_keeps_the_last_good_briefing_while_the_dossier_is_broken()
    {
        var dossier = folder.Write("case.dossier.yaml", File.ReadAllText(Repo.SeedDossier));
        var briefing = folder["out/us-mexico-migration-2023.md"];
        using var process = CliProcess.Start(folder.Path, "watch", "--format", "md", "--out", "out", dossier);
        var lines = ErrorLines(process);
        try
        {
            WaitFor(lines, "watching 1 file");
            File.ReadAllText(briefing).ShouldContain("U.S.–Mexico Migration Talks Amid Record Border Crossings");

            Edit(dossier, "Amid Record Border Crossings", "Amid Record Crossings");
            WaitFor(lines, "rebuilt in ");
            File.ReadAllText(briefing).ShouldContain("Migration Talks Amid Record Crossings");

            Edit(dossier, "  - id: blinken\n", "  - id: blinken\n    bad_key: 1\n");
            WaitFor(lines, "error BK2001").ShouldContain("case.dossier.yaml(");
            WaitFor(lines, "rebuild failed").ShouldContain("the last good outputs are unchanged");
            File.ReadAllText(briefing).ShouldContain("Migration Talks Amid Record Crossings");

            Edit(dossier, "    bad_key: 1\n", string.Empty);
            WaitFor(lines, "rebuilt in ");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    [Fact]
    public void Rebuilds_when_a_stored_source_text_is_saved_and_reports_a_quote_that_no_longer_matches()
    {
        folder.Write("texts/meeting.txt", "The ministers met in the capital.\n\nThe two sides agreed to meet again in January.\n");
        var dossier = folder.Write("case.dossier.yaml", """
            dossier:
              id: case
              title: Case
              as-of: 2023-12-28
              marking: UNCLASSIFIED
            sources:
              - id: src
                outlet: Outlet
                title: Title
                published: 2023-12-28
                reliability: B
                text: texts/meeting.txt
            events:
              - id: ev
                date: 2023-12-27
                kind: meeting
                title: Meeting
                citations:
                  - source: src
                    quote: "The two sides agreed to meet again in January"
                    locator: "para 2"
            """);
        using var process = CliProcess.Start(folder.Path, "watch", "--format", "md", "--out", "out", dossier);
        var lines = ErrorLines(process);
        try
        {
            WaitFor(lines, "watching 2 files");

            Edit(folder["texts/meeting.txt"], "in January", "in February");
            WaitFor(lines, "changed: meeting.txt");
            WaitFor(lines, "error BK3010").ShouldContain("case.dossier.yaml(20,16): error BK3010");
            WaitFor(lines, "rebuild failed");

            Edit(folder["texts/meeting.txt"], "in February", "in January");
            WaitFor(lines, "rebuilt in ");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    /// <summary>The watcher's standard error, line by line as it prints them.</summary>
    private static BlockingCollection<string> ErrorLines(System.Diagnostics.Process process)
    {
        var lines = new BlockingCollection<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lines.Add(e.Data);
            }
        };
        process.BeginErrorReadLine();
        return lines;
    }

    /// <summary>Rewrites the file in place, as an editor's save does.</summary>
    private static void Edit(string path, string find, string replace)
    {
        var text = File.ReadAllText(path);
        text.ShouldContain(find);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    private static string WaitFor(BlockingCollection<string> lines, string text)
    {
        var seen = new List<string>();
        var deadline = DateTime.UtcNow + Patience;
        while (lines.TryTake(out var line, deadline - DateTime.UtcNow > TimeSpan.Zero ? deadline - DateTime.UtcNow : TimeSpan.Zero))
        {
            seen.Add(line);
            if (line.Contains(text, StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new ShouldAssertException($"'{text}' did not appear within {Patience.TotalSeconds} s; the watcher printed:\n{string.Join('\n', seen)}");
    }
}
