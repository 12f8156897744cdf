using BriefingKit.Loading;
using BriefingKit.Model;
using BriefingKit.Schema.Model;

namespace BriefingKit.Tests.Loading;

public class DossierLoaderTests
{
    [Fact]
    public void Seed_dossier_loads_without_diagnostics_and_meets_the_minimums()
    {
        var result = DossierLoader.Load(Seed.Path);
        result.Diagnostics.ShouldBeEmpty();
        var d = result.Dossier!;
        d.Sources.Count.ShouldBeGreaterThanOrEqualTo(5);
        d.Actors.Count.ShouldBeGreaterThanOrEqualTo(20);
        d.Agencies.Count.ShouldBeGreaterThanOrEqualTo(12);
        d.Policies.Count.ShouldBeGreaterThanOrEqualTo(10);
        d.Statistics.Count.ShouldBeGreaterThanOrEqualTo(14);
        d.Events.Count.ShouldBeGreaterThanOrEqualTo(12);
        d.Statements.Count.ShouldBeGreaterThanOrEqualTo(20);
    }

    [Theory]
    [InlineData("AMLO")]
    [InlineData("Lopez Obrador")]
    [InlineData("lopez obrador")]
    [InlineData("Andrés Manuel López Obrador")]
    public void Actors_are_found_by_alias_with_accents_kept(string alias)
    {
        var actor = Seed.Dossier.Actor(alias);
        actor.Name.ShouldBe("Andrés Manuel López Obrador");
        actor.RoleAsOf(Seed.Dossier.AsOf)!.Title.ShouldContain("President");
    }

    [Fact]
    public void References_resolve_to_objects()
    {
        var d = Seed.Load(Seed.Minimal.Replace("    country: MX\n", "    country: MX\n    roles:\n      - title: President\n        agency: pres\n        from: 2018-12\nagencies:\n  - id: pres\n    name: Presidency\n    parent: gov\n  - id: gov\n    name: Government of Mexico\n", StringComparison.Ordinal));
        var amlo = d.Actor("amlo");
        amlo.Roles[0].Agency!.Parent!.Name.ShouldBe("Government of Mexico");
        d.Event("ev").Participants.ShouldHaveSingleItem().ShouldBeSameAs(amlo);
        d.Event("ev").Citations[0].Source.ShouldBeSameAs(d.Source("src"));
        d.Event("ev").Date.Precision.ShouldBe(DatePrecision.Day);
    }

    [Fact]
    public void Missing_file_is_a_located_diagnostic_not_an_exception()
    {
        var result = DossierLoader.Load("no/such/file.dossier.yaml");
        var d = result.Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Line, d.Column).ShouldBe(("BK1001", 1, 1));
        d.Message.ShouldContain("no such file");
        result.Dossier.ShouldBeNull();
    }

    [Fact]
    public void A_directory_is_refused_with_a_diagnostic()
    {
        var result = DossierLoader.Load(AppContext.BaseDirectory);
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("directory");
    }

    [Fact]
    public void Unknown_lookup_names_the_id()
    {
        Should.Throw<KeyNotFoundException>(() => Seed.Dossier.Actor("blinkn")).Message.ShouldContain("blinkn");
        Should.Throw<KeyNotFoundException>(() => Seed.Dossier.Get<Agency>("lopez-obrador")).Message.ShouldContain("agency");
    }
}
