using System.Diagnostics;
using System.Text;
using BriefingKit.Cli.Tests.Support;
using BriefingKit.Schema;

namespace BriefingKit.Cli.Tests.Limits;

/// <summary>
/// Measures (does not assert) how long rejecting over-limit input takes in process, at two sizes, so a ratio
/// near 2 shows the work is linear: limits trip before any quadratic work. The numbers go to the test output
/// and into docs/limits.md. The only bound asserted is the generous "ends within seconds" one.
/// </summary>
public class RejectionCostTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    public static IEnumerable<(string Name, string Code, Func<int, string> Input, int Size)> Scenarios()
    {
        yield return ("flow nesting, n levels", "BK1012", n => "dossier: " + new string('[', n) + new string(']', n), 100_000);
        yield return ("block nesting, n levels", "BK1012", n => "dossier:\n  " + string.Concat(Enumerable.Repeat("- ", n)) + "x\n", 100_000);
        yield return ("alias bomb, 10 levels of n aliases", "BK1013", n => Bomb(n), 10);
        yield return ("n aliases of one anchor", "BK1013", n => "a: &a x\nb: [" + string.Join(", ", Enumerable.Repeat("*a", n)) + "]\n", 200_000);
        yield return ("one value of n characters", "BK1018", n => "dossier:\n  title: " + new string('x', n) + "\n", 4_000_000);
        yield return ("list of n entries", "BK1021", n => "dossier:\n  tags:\n" + string.Concat(Enumerable.Range(0, n).Select(i => $"    - t{i}\n")), 300_000);
        yield return ("n NUL characters (reporting stops at 100)", "BK1004", n => new string('\0', n), 4_000_000);
        yield return ("n unknown keys", "BK2001", n => string.Concat(Enumerable.Range(0, n).Select(i => $"unknown-key-{i}: x\n")), 200_000);
        yield return ("n unknown references among n ids", "BK3002", UnknownReferences, 20_000);
        yield return ("agency chain of n ending in a loop", "BK3006", AgencyChain, 20_000);
        yield return ("n duplicate keys in one flow mapping", "BK1015", n => "a: {" + string.Join(", ", Enumerable.Repeat("k: v", n)) + "}\n", 200_000);
    }

    [Fact]
    public void Rejection_time_grows_linearly_with_input_size()
    {
        var table = new StringBuilder("| input | code | n | ms at n | ms at 2n | ratio |\n|---|---|---|---|---|---|\n");
        foreach (var (name, code, input, size) in Scenarios())
        {
            var (small, codes) = Measure(input(size));
            var (large, _) = Measure(input(size * 2));
            table.Append($"| {name} | {code} | {size:N0} | {small.TotalMilliseconds:0} | {large.TotalMilliseconds:0} | {large / small:0.0} |\n");
            codes.ShouldContain(code, name);
            large.ShouldBeLessThan(Generous, name);
        }

        output.WriteLine(table.ToString());
    }

    /// <summary>Best of three, after one warm-up run, so JIT and first-touch costs do not count.</summary>
    private static (TimeSpan Time, IReadOnlyList<string> Codes) Measure(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var limitsForSize = SchemaLimits.Default with { MaxFileBytes = Math.Max(SchemaLimits.Default.MaxFileBytes, bytes.Length) };
        var first = DossierReader.Read("cost.yaml", bytes, limitsForSize);
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            DossierReader.Read("cost.yaml", bytes, limitsForSize);
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        return (best, first.Diagnostics.Select(x => x.Code).Distinct().ToList());
    }

    private static string Bomb(int fanOut)
    {
        var bomb = new StringBuilder("a: &a [").AppendJoin(", ", Enumerable.Repeat("x", fanOut)).Append("]\n");
        for (var level = 1; level < 10; level++)
        {
            var (name, previous) = ((char)('a' + level), (char)('a' + level - 1));
            bomb.Append(name).Append(": &").Append(name).Append(" [").AppendJoin(", ", Enumerable.Repeat("*" + previous, fanOut)).Append("]\n");
        }

        return bomb.ToString();
    }

    private static string UnknownReferences(int n)
    {
        var text = new StringBuilder(Dossiers.Head).Append("actors:\n");
        for (var i = 0; i < n; i++)
        {
            text.Append("  - {id: actor-number-").Append(i).Append(", name: A").Append(i).Append("}\n");
        }

        text.Append("events:\n");
        for (var i = 0; i < n; i++)
        {
            text.Append("  - {id: ev-").Append(i).Append(", date: 2023, kind: k, title: T, participants: [actor-numbr-").Append(i).Append("x], ").Append(Dossiers.Cite).Append("}\n");
        }

        return text.ToString();
    }

    private static string AgencyChain(int n)
    {
        var text = new StringBuilder(Dossiers.Head).Append("agencies:\n");
        for (var i = 0; i < n; i++)
        {
            text.Append("  - {id: ag-").Append(i).Append(", name: A, parent: ag-").Append(i + 1).Append("}\n");
        }

        return text.Append("  - {id: ag-").Append(n).Append(", name: A, parent: ag-").Append(n - 1).Append("}\n").ToString();
    }
}
