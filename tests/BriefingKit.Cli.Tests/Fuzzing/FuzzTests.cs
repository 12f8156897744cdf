using System.Diagnostics;
using System.Globalization;
using BriefingKit.Cli.Tests.Support;
using BriefingKit.Templates;

namespace BriefingKit.Cli.Tests.Fuzzing;

/// <summary>
/// Seeded mutation fuzzing of the seed dossier and the built-in templates, in process. Every case must end in
/// a rendered briefing or diagnostics within <see cref="CaseTimeout"/>. Case <c>i</c> is fully determined by
/// (seed, i), so a failure names what to replay. BRIEFINGKIT_FUZZ_ITERATIONS sets the count (default 500;
/// CI runs 5,000+); BRIEFINGKIT_FUZZ_SEED the seed.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(20);

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    [Fact]
    public async Task Mutated_dossiers_and_templates_end_in_output_or_diagnostics()
    {
        var iterations = Setting("BRIEFINGKIT_FUZZ_ITERATIONS", 500);
        var seed = Setting("BRIEFINGKIT_FUZZ_SEED", 20231228);
        var dossier = File.ReadAllBytes(Repo.SeedDossier);
        var templates = TemplateFiles.Embedded();
        var outcomes = new Dictionary<FuzzOutcome, int>();
        var failures = new List<string>();
        var slowest = (Case: -1, Time: TimeSpan.Zero, What: string.Empty);
        var clock = Stopwatch.StartNew();

        var ran = 0;
        for (var i = 0; i < iterations && failures.Count < 5; i++, ran++)
        {
            var (input, mutatedTemplates, what) = Case(seed, i, dossier, templates);
            var caseClock = Stopwatch.StartNew();
            var run = Task.Run(() => FuzzTarget.Run(input, mutatedTemplates));
            if (await Task.WhenAny(run, Task.Delay(CaseTimeout)) != run)
            {
                failures.Add(Report(seed, i, what, input, $"still running after {CaseTimeout.TotalSeconds:0} s"));
                break; // the hung case keeps its thread; stop rather than pile up more
            }

            var (outcome, error) = await run;
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (caseClock.Elapsed > slowest.Time)
            {
                slowest = (i, caseClock.Elapsed, what);
            }

            if (outcome == FuzzOutcome.Crashed)
            {
                failures.Add(Report(seed, i, what, input, error!.ToString()));
            }
        }

        output.WriteLine($"{ran:N0} of {iterations:N0} cases (seed {seed}) in {clock.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Value} {o.Key}"))}");
        output.WriteLine($"slowest: case {slowest.Case} ({slowest.What}) {slowest.Time.TotalMilliseconds:0} ms");
        failures.ShouldBeEmpty();
        outcomes.GetValueOrDefault(FuzzOutcome.Rendered).ShouldBeGreaterThan(0, "no mutant rendered: the fuzzer is not reaching the renderer");
    }

    /// <summary>Case <paramref name="index"/> of a run: one in six mutates the templates (compiling them is the slow part), the rest the dossier.</summary>
    public static (byte[] Dossier, TemplateFiles? Templates, string What) Case(int seed, int index, byte[] dossier, TemplateFiles templates)
    {
        var random = new Random(HashCode.Combine(seed, index));
        if (random.Next(6) == 0)
        {
            var (files, what) = TemplateMutator.Mutate(random, templates);
            return (dossier, files, "templates " + what);
        }

        var (bytes, description) = Mutator.Mutate(random, dossier);
        return (bytes, null, "dossier " + description);
    }

    private static string Report(int seed, int index, string what, byte[] input, string problem)
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefingkit-fuzz-{seed}-{index}.dossier.yaml");
        File.WriteAllBytes(path, input);
        return $"case {index} (seed {seed}, {what}); dossier saved to {path}:\n{problem}";
    }
}
