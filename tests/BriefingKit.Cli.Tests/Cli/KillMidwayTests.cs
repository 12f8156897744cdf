using System.Diagnostics;
using BriefingKit.Cli.Tests.Support;

namespace BriefingKit.Cli.Tests.Cli;

/// <summary>
/// A build killed while it writes leaves the old complete briefing (or none), never a partial one: outputs go
/// to a temporary file in the target folder and are renamed into place.
/// </summary>
public sealed class KillMidwayTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Killing_a_build_as_its_temporary_file_appears_leaves_the_old_output()
    {
        var (oldBytes, newBytes, dossier, _) = Prepare(statements: 200); // big enough that the write takes a while
        var target = folder["out/case.md"];
        var landed = 0;
        for (var attempt = 0; attempt < 6 && landed == 0; attempt++)
        {
            File.WriteAllBytes(target, oldBytes);
            using var watcher = new FileSystemWatcher(folder["out"], "*.tmp");
            Process? process = null;
            var killedAt = -1L;
            var clock = Stopwatch.StartNew();
            watcher.Created += (_, _) =>
            {
                killedAt = clock.ElapsedMilliseconds;
                process?.Kill();
            };
            watcher.EnableRaisingEvents = true;
            process = CliProcess.Start(folder.Path, "build", "--format", "md", "--out", "out", "--max-file-bytes", "67108864", dossier);
            process.WaitForExit(CliProcess.DefaultTimeout).ShouldBeTrue();

            var after = File.ReadAllBytes(target);
            var strays = Directory.GetFiles(folder["out"], "*.tmp");
            output.WriteLine($"attempt {attempt}: exit {process.ExitCode}, kill at {killedAt} ms, stray temp files: {strays.Length}, output is {(after.SequenceEqual(oldBytes) ? "old" : after.SequenceEqual(newBytes) ? "new" : "PARTIAL")}");
            (after.SequenceEqual(oldBytes) || after.SequenceEqual(newBytes)).ShouldBeTrue($"attempt {attempt}: the output is neither the old nor the new briefing ({after.Length} bytes)");
            if (strays.Length > 0 && after.SequenceEqual(oldBytes))
            {
                landed++; // killed with the temporary file half written: the old output survived
            }

            foreach (var stray in strays)
            {
                File.Delete(stray);
            }
        }

        landed.ShouldBeGreaterThan(0, "no kill landed while the temporary file was being written");
    }

    [Fact]
    public void Killing_a_build_at_random_moments_never_leaves_a_partial_output()
    {
        var (oldBytes, newBytes, dossier, buildTime) = Prepare(statements: 100);
        var target = folder["out/case.md"];
        var random = new Random(20231227);
        var outcomes = new HashSet<string>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var hadOld = attempt % 2 == 0;
            if (hadOld)
            {
                File.WriteAllBytes(target, oldBytes);
            }
            else
            {
                File.Delete(target);
            }

            using var process = CliProcess.Start(folder.Path, "build", "--format", "md", "--out", "out", "--max-file-bytes", "67108864", dossier);
            // Anywhere from early in the build to after it would have finished.
            var delay = (int)(buildTime.TotalMilliseconds * (0.3 + (random.NextDouble() * 0.9)));
            Thread.Sleep(delay);
            process.Kill();
            process.WaitForExit();

            var state = File.Exists(target) ? File.ReadAllBytes(target) : null;
            var outcome = state is null ? "absent" : state.SequenceEqual(oldBytes) ? "old" : state.SequenceEqual(newBytes) ? "new" : "PARTIAL";
            outcomes.Add(outcome);
            output.WriteLine($"attempt {attempt}: killed after {delay} ms, output {outcome}");
            if (state is null)
            {
                hadOld.ShouldBeFalse("the old output disappeared");
            }
            else
            {
                (state.SequenceEqual(newBytes) || (hadOld && state.SequenceEqual(oldBytes))).ShouldBeTrue($"attempt {attempt}: partial output ({state.Length} bytes)");
            }
        }

        output.WriteLine($"outcomes seen: {string.Join(", ", outcomes.Order())}");
    }

    /// <summary>The old and new complete briefings (built normally elsewhere), the dossier that makes the new one, and how long that took.</summary>
    private (byte[] Old, byte[] New, string Dossier, TimeSpan BuildTime) Prepare(int statements)
    {
        var old = folder.Write("old/case.dossier.yaml", BigDossier.Text(statements, 10_000, "OLD MARKING"));
        var dossier = folder.Write("case.dossier.yaml", BigDossier.Text(statements, 10_000, "NEW MARKING"));
        var buildTime = TimeSpan.Zero;
        foreach (var (input, into) in new[] { (old, "reference-old"), (dossier, "reference-new") })
        {
            var result = CliProcess.Run(folder.Path, "build", "--format", "md", "--out", into, "--max-file-bytes", "67108864", input);
            result.ExitCode.ShouldBe(0, result.ToString());
            buildTime = result.Elapsed;
        }

        Directory.CreateDirectory(folder["out"]);
        var oldBytes = File.ReadAllBytes(folder["reference-old/case.md"]);
        var newBytes = File.ReadAllBytes(folder["reference-new/case.md"]);
        output.WriteLine($"briefing is {newBytes.Length:N0} bytes, built in {buildTime.TotalMilliseconds:0} ms");
        return (oldBytes, newBytes, dossier, buildTime);
    }
}
