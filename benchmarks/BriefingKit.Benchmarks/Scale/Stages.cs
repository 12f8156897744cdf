using BriefingKit.Analysis;
using BriefingKit.Briefing;
using BriefingKit.Loading;
using BriefingKit.Rendering;
using BriefingKit.Schema;
using BriefingKit.Schema.Yaml;

namespace BriefingKit.Benchmarks.Scale;

/// <summary>
/// A step of the pipeline measured at every dossier size. <see cref="Prepare"/> does any setup outside the
/// timing and returns the operation to time. Growth ratios and the stage table are computed for every
/// registered stage, so a new backend adds itself here (see <see cref="Registered"/>).
/// </summary>
internal sealed record Stage(string Name, string What, Func<Fixture, Action> Prepare)
{
    /// <summary>Largest dossier (facts) this stage is timed at in quick mode; slow backends stop early.</summary>
    public int QuickLimit { get; init; } = int.MaxValue;

    /// <summary>Largest dossier (facts) this stage is timed at in full mode.</summary>
    public int FullLimit { get; init; } = int.MaxValue;

    public bool Covers(RunSettings settings, Fixture fixture) => fixture.Facts <= (settings.Mode == "quick" ? QuickLimit : FullLimit);
}

internal static class Stages
{
    /// <summary>Bare YamlDotNet event parse: the baseline for load + validate, not a BriefingKit stage.</summary>
    public static Stage YamlParse { get; } = new("yaml-parse", "YamlDotNet event loop over the text (baseline)", f => () => YamlBaseline.Parse(f.Text));

    public static Stage Load { get; } = new("load", "DossierLoader.LoadText: YAML tree, schema, references, domain model", f => () => Ok(DossierLoader.LoadText(f.Path, f.Text, f.Limits)));

    /// <summary>Load's first part alone: YAML → located node tree (for breakdowns with --stages).</summary>
    public static Stage LoadTree { get; } = new("load-tree", "YamlTreeBuilder.Build: the located node tree only", f => () => YamlTreeBuilder.Build(f.Path, f.Text, f.Limits, []));

    /// <summary>Load without the domain model: tree, spec records, reference checks (for breakdowns with --stages).</summary>
    public static Stage LoadSpec { get; } = new("load-spec", "DossierReader.Read: tree, spec records and reference checks", f => () => DossierReader.Read(f.Path, f.Text, f.Limits));

    /// <summary>Stages only <c>--stages</c> runs: parts of a registered stage, for profiles.</summary>
    public static IReadOnlyList<Stage> Parts { get; } = [LoadTree, LoadSpec];

    public static Stage Timeline { get; } = new("timeline", "Timeline.Build over events and statements", f => () => Analysis.Timeline.Build(f.Dossier.Events, f.Dossier.Statements));

    public static Stage Discrepancies { get; } = new("discrepancies", "DiscrepancyFinder.Find over statistics and claims", f => () => DiscrepancyFinder.Find(f.Dossier.Statistics, f.Dossier.Claims));

    public static Stage View { get; } = new("view", "BriefingBuilder.Build + view model (content filter, all analyses, footnotes)", f => () => _ = BriefingBuilder.For(f.Dossier).Build().View);

    public static Stage ViewFiltered { get; } = new("view-filtered", "as view, narrowed to parties of one country (--country MX)", f => () => _ = BriefingBuilder.For(f.Dossier).InCountries("MX").Build().View);

    public static Stage RenderMarkdown { get; } = new("render-md", "MarkdownRenderer.Render from compiled templates, view already built", f => () => MarkdownRenderer.Render(f.Briefing));

    /// <summary>Every stage measured at each size, in pipeline order. Optional backends append theirs.</summary>
    public static IReadOnlyList<Stage> Registered { get; } = [Load, Timeline, Discrepancies, View, ViewFiltered, RenderMarkdown, .. Extensions.OptionalStages.All];

    private static void Ok(DossierLoadResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("dossier stopped loading cleanly");
        }
    }
}
