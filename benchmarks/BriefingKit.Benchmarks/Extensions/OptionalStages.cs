using BriefingKit.Benchmarks.Harness;
using BriefingKit.Benchmarks.Scale;

namespace BriefingKit.Benchmarks.Extensions;

/// <summary>Adds side-by-side figures to a run (after the core stages and end-to-end figures).</summary>
internal delegate void FigureProducer(Report report, RunSettings settings, IReadOnlyList<Fixture> fixtures, Fixture seed);

/// <summary>
/// Extension point for stages of backends that live outside the MIT core (BriefingKit.Pdf) or outside the
/// runtime (the source generator). Each is compiled in only when its project is referenced (see the .csproj
/// switches), and registers its per-size <see cref="Stage"/>s in <see cref="All"/> (timed at every size, with
/// growth ratios, like the core stages) and its own ratios in <see cref="Ratios"/>.
/// </summary>
internal static class OptionalStages
{
    public static IReadOnlyList<Stage> All { get; } = [];

    public static IReadOnlyList<FigureProducer> Ratios { get; } = [];
}
