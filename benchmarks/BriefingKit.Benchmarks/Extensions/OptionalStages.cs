using BriefingKit.Benchmarks.Harness;
using BriefingKit.Benchmarks.Scale;

namespace BriefingKit.Benchmarks.Extensions;

/// <summary>
/// Adds figures to a run, after the core stages and end-to-end figures. <paramref name="samples"/> holds every
/// stage × dossier measured in the interleaved matrix, keyed by stage and dossier name, for side-by-side ratios.
/// </summary>
internal delegate void FigureProducer(
    Report report, RunSettings settings, IReadOnlyList<Fixture> fixtures, Fixture seed, IReadOnlyDictionary<(string Stage, string Dossier), Sample> samples);

/// <summary>
/// Extension point for stages of backends that live outside the MIT core (BriefingKit.Pdf) or outside the
/// runtime (the source generator). Each lives in its own file here, referenced from the .csproj, and registers its per-size <see cref="Stage"/>s in <see cref="All"/> (timed at every size, with
/// growth ratios, like the core stages) and its own ratios in <see cref="Ratios"/>.
/// </summary>
internal static class OptionalStages
{
    public static IReadOnlyList<Stage> All { get; } = [PdfStages.Render, PdfStages.Baseline];

    public static IReadOnlyList<FigureProducer> Ratios { get; } = [PdfStages.Ratios, GeneratorStages.Ratios];
}
