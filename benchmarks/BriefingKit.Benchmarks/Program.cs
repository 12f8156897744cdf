using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using BriefingKit.Benchmarks.Harness;
using BriefingKit.Benchmarks.Scale;
using BriefingKit.Synthetic;

// BriefingKit scale benchmarks (issue 7). Usage: docs/performance.md.
var sinceMain = Stopwatch.StartNew();
switch (args.FirstOrDefault())
{
    case "--quick":
        return ScaleRun.Run(RunSettings.Quick, new Report(Console.Out));
    case "--full":
        return ScaleRun.Run(RunSettings.Full, new Report(Console.Out));
    case "--stages" when args.Length >= 2:
        return ScaleRun.OnlyStages(args[1].Split(','), args.Length > 2 ? args[2].Split(',').Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList() : [1_000, 10_000], new Report(Console.Out));
    case "--watch":
        var scratch = Paths.NewScratchFolder();
        var watchReport = new Report(Console.Out);
        WatchRebuild.Run(RunSettings.Full, watchReport, scratch);
        Directory.Delete(scratch, recursive: true);
        return watchReport.Summarise() == 0 ? 0 : 1;
    case "--bdn":
        // In-process by default: the out-of-process toolchain rebuilds the whole solution per run (minutes on
        // two cores). Pass --outOfProcess to get BenchmarkDotNet's isolated child processes instead.
        var bdn = args.Skip(1).ToList();
        if (!bdn.Remove("--outOfProcess"))
        {
            bdn.Add("--inProcess");
        }

        BenchmarkSwitcher.FromAssembly(typeof(Fixture).Assembly).Run([.. bdn]);
        return 0;
    case "--generate" when args.Length >= 2:
        var withTexts = args.Contains("--texts");
        var sizes = args[2..].Where(a => a != "--texts").Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
        foreach (var size in sizes.Count > 0 ? sizes : SyntheticDossier.StandardSizes)
        {
            var dossier = SyntheticDossier.Generate(size, withTexts: withTexts);
            Console.Out.WriteLine($"{dossier.WriteTo(args[1])}: {dossier.Counts.Facts:N0} facts, {dossier.Bytes:N0} bytes, {dossier.Nodes:N0} nodes");
        }

        return 0;

    // Child-process modes used by the end-to-end figures.
    case "--measure-child" when args.Length >= 2:
        return ChildRun.MeasureChildMain(args[1..]);
    case "--pipeline" when args.Length >= 2:
        return PipelineBreakdown.Run(sinceMain, args[1], args.Contains("--pdf"));
    case "--seed-once" when args.Length == 3:
        return EndToEnd.SeedOnceMain(sinceMain, args[1], args[2]);

    default:
        Console.Error.WriteLine("""
            usage: dotnet run -c Release --project benchmarks/BriefingKit.Benchmarks -- MODE
              --quick              every stage at 100/1,000/10,000 facts, ratios and end-to-end figures (< 1 min)
              --full               the same with 50,000 facts and more runs
              --stages A,B [N,M]   only the named stages (e.g. load,view) at the given sizes, for before/after checks
              --bdn [ARGS…]        BenchmarkDotNet micro-benchmarks (e.g. --bdn --filter '*Load*' --job short)
              --pipeline FILE [--pdf]  one cold build of FILE, step by step (Stopwatch, GC counts)
              --watch              only the watch figures: 20 one-line edits of the seed, save to rebuilt
              --generate DIR [N…] [--texts]  write synthetic dossiers (default 100, 1,000, 10,000, 50,000 facts),
                                   with a stored text per source under DIR/texts when --texts is given
            """);
        return 2;
}
