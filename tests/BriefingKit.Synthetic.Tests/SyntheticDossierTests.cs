using BriefingKit.Analysis;
using BriefingKit.Briefing;
using BriefingKit.Loading;
using BriefingKit.Schema;
using BriefingKit.Synthetic;

namespace BriefingKit.Synthetic.Tests;

public class SyntheticDossierTests
{
    public static TheoryData<int> Sizes => [.. SyntheticDossier.StandardSizes];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Generated_dossier_loads_without_any_diagnostic_and_holds_the_requested_facts(int facts)
    {
        var synthetic = SyntheticDossier.Generate(facts);

        var loaded = DossierLoader.LoadText(synthetic.FileName, synthetic.Text, synthetic.Limits);

        loaded.Diagnostics.ShouldBeEmpty(string.Join("\n", loaded.Diagnostics.Take(20)));
        var dossier = loaded.Dossier.ShouldNotBeNull();
        var counted = dossier.Policies.Count + dossier.Statistics.Count + dossier.Events.Count + dossier.Statements.Count
            + dossier.Relationships.Count + dossier.Claims.Count;
        counted.ShouldBe(facts);
        synthetic.Counts.Facts.ShouldBe(facts);
        dossier.Sources.Count.ShouldBe(synthetic.Counts.Sources);
        dossier.Actors.Count.ShouldBe(synthetic.Counts.Actors);
        dossier.Agencies.Count.ShouldBe(synthetic.Counts.Agencies);
        dossier.Statistics.Count.ShouldBe(synthetic.Counts.Statistics);
        dossier.Statements.Count.ShouldBe(synthetic.Counts.Statements);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(1_000)]
    [InlineData(10_000)]
    public void Dossiers_up_to_ten_thousand_facts_fit_the_default_limits(int facts)
    {
        var synthetic = SyntheticDossier.Generate(facts);

        synthetic.Limits.ShouldBe(SchemaLimits.Default);
        DossierLoader.LoadText(synthetic.FileName, synthetic.Text).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Fifty_thousand_facts_need_raised_limits_and_say_so()
    {
        var synthetic = SyntheticDossier.Generate(50_000);

        synthetic.Limits.ShouldNotBe(SchemaLimits.Default);
        DossierLoader.LoadText(synthetic.FileName, synthetic.Text).Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void The_same_seed_gives_the_same_text_and_another_seed_another()
    {
        var first = SyntheticDossier.Generate(1_000, seed: 7);
        var again = SyntheticDossier.Generate(1_000, seed: 7);
        var other = SyntheticDossier.Generate(1_000, seed: 8);

        again.Text.ShouldBe(first.Text);
        other.Text.ShouldNotBe(first.Text);
        DossierLoader.LoadText(other.FileName, other.Text).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Default_seed_text_is_pinned()
    {
        // Guards determinism across runtimes and machines: the generator uses no Random, no culture, no hash order.
        var text = SyntheticDossier.Generate(100).Text;

        text.Length.ShouldBe(PinnedLength);
        Fingerprint(text).ShouldBe(PinnedFingerprint);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Other_seeds_are_valid_too(int seed)
    {
        var synthetic = SyntheticDossier.Generate(1_000, seed);

        DossierLoader.LoadText(synthetic.FileName, synthetic.Text).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Figures_disagree_on_purpose_and_claims_contradict()
    {
        var dossier = DossierLoader.LoadText("s.yaml", SyntheticDossier.Generate(1_000).Text).Dossier.ShouldNotBeNull();

        var findings = DiscrepancyFinder.Find(dossier.Statistics, dossier.Claims);

        findings.Count(f => f.Kind == DiscrepancyKind.Figures).ShouldBeGreaterThan(10);
        findings.Count(f => f.Kind == DiscrepancyKind.Claims).ShouldBeGreaterThan(3);
        findings.ShouldContain(f => f.Severity == DiscrepancySeverity.Material);
        findings.ShouldContain(f => f.Severity == DiscrepancySeverity.Minor);
    }

    [Fact]
    public void Shape_is_realistic()
    {
        var dossier = DossierLoader.LoadText("s.yaml", SyntheticDossier.Generate(1_000).Text).Dossier.ShouldNotBeNull();

        dossier.Agencies.Count(a => a.Parent is not null).ShouldBeGreaterThan(dossier.Agencies.Count / 2);
        dossier.Agencies.ShouldContain(a => a.Parent != null && a.Parent.Parent != null);
        dossier.Actors.ShouldContain(a => a.Anonymous);
        dossier.Actors.ShouldContain(a => a.Aliases.Count > 0);
        dossier.Actors.ShouldContain(a => a.Name.Any(c => c > 127));
        dossier.Policies.ShouldContain(p => p.Statuses.Count > 1);
        dossier.Statistics.ShouldContain(s => s.Period != null && !s.Period.Value.IsSingleDate);
        dossier.Statistics.ShouldContain(s => s.AsOf != null);
        dossier.Statistics.ShouldContain(s => s.Per != null);
        dossier.Statements.ShouldContain(s => s.Quote != null && s.Quote.Contains('…', StringComparison.Ordinal));
        dossier.Statements.ShouldContain(s => s.Quote == null);
        dossier.Statements.ShouldContain(s => s.Citations.Count > 1);
        dossier.Relationships.ShouldNotBeEmpty();
        dossier.KeyJudgments.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_synthetic_briefing_renders()
    {
        var dossier = DossierLoader.LoadText("s.yaml", SyntheticDossier.Generate(100).Text).Dossier.ShouldNotBeNull();

        var markdown = BriefingBuilder.For(dossier).Build().RenderMarkdown();

        markdown.ShouldContain("## Where sources disagree");
        markdown.ShouldContain("[^1]");
    }

    // Change these only with a deliberate change to the generator (it moves every benchmark figure).
    private const int PinnedLength = 59449;
    private const string PinnedFingerprint = "1c4c6d8d08428c8e";

    /// <summary>FNV-1a over the UTF-16 code units: stable, unlike string.GetHashCode.</summary>
    private static string Fingerprint(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
