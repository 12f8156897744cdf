using BriefingKit.Briefing;
using BriefingKit.Loading;
using BriefingKit.Model;
using BriefingKit.Schema;
using BriefingKit.Synthetic;

namespace BriefingKit.Benchmarks.Scale;

/// <summary>
/// One dossier prepared for the stages: its text and file, the loaded dossier, and a briefing whose view is
/// already built, so each stage times only its own step.
/// </summary>
internal sealed class Fixture
{
    private readonly Func<(string Path, string Text)>? writeTexts;
    private (string Path, string Text)? withTexts;

    private Fixture(string name, string path, string text, SchemaLimits limits, Func<(string Path, string Text)>? writeTexts = null)
    {
        this.writeTexts = writeTexts;
        Name = name;
        Path = path;
        Text = text;
        Limits = limits;
        var loaded = DossierLoader.LoadText(path, text, limits);
        if (loaded.Dossier is null || loaded.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException($"{name} does not load cleanly:\n{string.Join("\n", loaded.Diagnostics.Take(10))}");
        }

        Dossier = loaded.Dossier;
        Briefing = BriefingBuilder.For(Dossier).Build();
        _ = Briefing.View;
    }

    /// <summary>"seed" or the number of facts.</summary>
    public string Name { get; }

    /// <summary>Facts in the dossier (policies, statistics, events, statements, relationships, claims).</summary>
    public int Facts => Dossier.Policies.Count + Dossier.Statistics.Count + Dossier.Events.Count + Dossier.Statements.Count
        + Dossier.Relationships.Count + Dossier.Claims.Count;

    public string Path { get; }

    public string Text { get; }

    public SchemaLimits Limits { get; }

    /// <summary>Whether this dossier comes with stored source texts (<see cref="WithTexts"/>): the synthetic ones do.</summary>
    public bool HasTexts => writeTexts is not null;

    /// <summary>
    /// The same dossier generated with a stored text per source (<c>text: texts/ID.txt</c>): the dossier file's path
    /// and its YAML. It is written with its texts into a folder of its own on first use, so only the stages that
    /// check texts pay for generating them.
    /// </summary>
    public (string Path, string Text) WithTexts => withTexts ??= (writeTexts ?? throw new InvalidOperationException($"{Name} has no stored source texts"))();

    public Dossier Dossier { get; }

    /// <summary>The default briefing (every section, no filter), view built.</summary>
    public Briefing.Briefing Briefing { get; }

    /// <summary>The briefing's Markdown, for stages that start from it (PDF).</summary>
    public string Markdown => markdown ??= Briefing.RenderMarkdown();

    private string? markdown;

    public static Fixture Synthetic(int facts, string folder, int seed = SyntheticDossier.DefaultSeed)
    {
        var synthetic = SyntheticDossier.Generate(facts, seed);
        var file = seed == SyntheticDossier.DefaultSeed ? folder : System.IO.Path.Combine(folder, "seed-" + seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new Fixture(
            facts.ToString(System.Globalization.CultureInfo.InvariantCulture), synthetic.WriteTo(file), synthetic.Text, synthetic.Limits,
            () =>
            {
                var texts = SyntheticDossier.Generate(facts, seed, withTexts: true);
                return (texts.WriteTo(System.IO.Path.Combine(file, "with-texts")), texts.Text);
            });
    }

    /// <summary>
    /// This dossier and <paramref name="count"/> − 1 others of the same size and shape from other seeds: as much
    /// data, spread over as many objects, as one dossier <paramref name="count"/> times larger.
    /// </summary>
    public IReadOnlyList<Fixture> WithSiblings(int count, string folder) =>
        [this, .. Enumerable.Range(1, count - 1).Select(i => Synthetic(int.Parse(Name, System.Globalization.CultureInfo.InvariantCulture), folder, SyntheticDossier.DefaultSeed + i))];

    public static Fixture Seed(string path) => new("seed", path, File.ReadAllText(path), SchemaLimits.Default);
}
