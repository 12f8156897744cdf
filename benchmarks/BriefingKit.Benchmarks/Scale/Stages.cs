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

    /// <summary>Which dossiers the stage can run on at all (null: every one).</summary>
    public Func<Fixture, bool>? Applies { get; init; }

    public bool Covers(RunSettings settings, Fixture fixture) =>
        fixture.Facts <= (settings.Mode == "quick" ? QuickLimit : FullLimit) && (Applies?.Invoke(fixture) ?? true);
}

internal static class Stages
{
    /// <summary>Bare YamlDotNet event parse: the baseline for load + validate, not a BriefingKit stage.</summary>
    public static Stage YamlParse { get; } = new("yaml-parse", "YamlDotNet event loop over the text (baseline)", f => () => YamlBaseline.Parse(f.Text));

    public static Stage Load { get; } = new("load", "DossierLoader.LoadText: YAML tree, schema, references, domain model", f => () => Ok(DossierLoader.LoadText(f.Path, f.Text, f.Limits)));

    /// <summary>
    /// <see cref="Load"/> with every source's stored text attached (issue 16): the same dossier plus a <c>text:</c>
    /// line per source, and the quote check reads each source's <c>.txt</c> file from disk, indexes its paragraphs
    /// and finds every citation quote in it. The YAML is in memory, as for <see cref="Load"/>, so the two differ by
    /// exactly what the texts cost: a fair ratio, and a strict one, since <c>check</c> also reads the dossier file
    /// (the denominator leaves that out). Loading the dossier file on both sides was tried and made the ratio follow the
    /// order of the stages (0.87–1.73 at 10,000 facts), from the large-object-heap collections the file buffers set
    /// off. At 10,000 facts the figure still moves with whether the texts' extra allocations (about 36 MB) tip a
    /// collection into the timed run. Synthetic dossiers only.
    /// </summary>
    public static Stage CheckTexts { get; } = new(
        "check-texts",
        "DossierLoader.LoadText with every source's text attached (texts read from files on disk; compared with load)",
        PrepareCheckTexts)
    {
        Applies = f => f.HasTexts,
    };

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
    public static IReadOnlyList<Stage> Registered { get; } = [Load, CheckTexts, Timeline, Discrepancies, View, ViewFiltered, RenderMarkdown, .. Extensions.OptionalStages.All];

    /// <summary>Writes the dossier's texts (outside the timing) and makes sure every quote of every source verifies against them.</summary>
    private static Action PrepareCheckTexts(Fixture fixture)
    {
        var (path, text) = fixture.WithTexts;
        var first = DossierLoader.LoadText(path, text, fixture.Limits);
        var unverified = first.SourceTexts.Where(r => r.Text is null || r.Citations == 0 || r.Verified != r.Citations).Select(r => r.SourceId).ToList();
        if (first.Diagnostics.Count > 0 || unverified.Count > 0 || first.SourceTexts.Count == 0)
        {
            throw new InvalidOperationException(
                $"{path} does not verify cleanly against its texts:\n{string.Join("\n", first.Diagnostics.Take(10))}{string.Join(", ", unverified.Take(10))}");
        }

        return () => Ok(DossierLoader.LoadText(path, text, fixture.Limits));
    }

    private static void Ok(DossierLoadResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("dossier stopped loading cleanly");
        }
    }
}
