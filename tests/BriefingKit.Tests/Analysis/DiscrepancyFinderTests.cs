using BriefingKit.Analysis;

namespace BriefingKit.Tests.Analysis;

public class DiscrepancyFinderTests
{
    private static readonly IReadOnlyList<Discrepancy> Findings = DiscrepancyFinder.Find(Seed.Dossier.Statistics, Seed.Dossier.Claims);

    [Fact]
    public void Daily_figures_from_three_sources_are_one_material_finding_naming_each_side()
    {
        var daily = Findings.Single(f => f.Items.Any(i => i.Wording == "more than 7,000 migrants a day"));
        daily.Severity.ShouldBe(DiscrepancySeverity.Material);
        daily.Items.Select(i => i.Wording).ShouldContain("as many as 10,000 migrants a day");
        daily.Items.SelectMany(i => i.Citations).Select(c => c.Source.Outlet).Distinct().Count().ShouldBe(3);
        daily.Explanation.ShouldContain("can all be true");
    }

    [Fact]
    public void November_190_000_and_191_000_is_a_minor_finding_within_tolerance()
    {
        var november = Findings.Single(f => f.Items.Any(i => i.Wording == "more than 191,000 migrants"));
        november.Items.Select(i => i.Wording).ShouldBe(["more than 191,000 migrants", "more than 190,000 migrants"]);
        november.Severity.ShouldBe(DiscrepancySeverity.Minor);
        november.Explanation.ShouldContain("1,000 migrants (0.5% of the larger)");
    }

    [Fact]
    public void Contradictory_claims_about_when_Biden_took_office_are_found()
    {
        var claim = Findings.Single(f => f.Kind == DiscrepancyKind.Claims && f.Topic.Contains("took office", StringComparison.Ordinal));
        claim.Items.Select(i => i.Wording).ShouldBe(["2022", "2021"], ignoreOrder: true);
    }

    [Fact]
    public void Figures_that_cannot_both_be_true_are_material()
    {
        var d = Seed.Load(Seed.Minimal + """
            statistics:
              - id: a
                measure: arrests
                description: Arrests
                value: 100
                unit: people
                bound: fewer-than
                period: 2023-12
                geography: here
                citations: [{source: src, quote: "fewer than 100"}]
              - id: b
                measure: arrests
                description: Arrests
                value: 500
                unit: people
                bound: more-than
                as-of: 2023-12-15
                geography: here
                citations: [{source: src, quote: "more than 500"}]
              - id: c
                measure: arrests
                description: Arrests in another month
                value: 9
                unit: people
                period: 2024-02
                geography: here
                citations: [{source: src, quote: "9"}]

            """);
        var finding = DiscrepancyFinder.Find(d.Statistics, d.Claims).ShouldHaveSingleItem();
        finding.Severity.ShouldBe(DiscrepancySeverity.Material);
        finding.Explanation.ShouldContain("cannot all be true");
        finding.Items.Count.ShouldBe(2); // February does not overlap December
    }

    [Fact]
    public void Agreeing_figures_are_not_a_finding()
    {
        var d = Seed.Load(Seed.Minimal + """
            statistics:
              - id: a
                measure: arrests
                description: Arrests
                value: 100
                unit: people
                period: 2023-12
                geography: here
                citations: [{source: src, quote: "100"}]
              - id: b
                measure: arrests
                description: Arrests
                value: 100
                unit: people
                period: 2023-12
                geography: here
                citations: [{source: src, quote: "a hundred"}]

            """);
        DiscrepancyFinder.Find(d.Statistics, d.Claims).ShouldBeEmpty();
    }
}
