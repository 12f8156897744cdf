using BriefingKit.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace BriefingKit.Generators.Tests.Analyzers;

/// <summary>BK7001–BK7003: string lookups on a Dossier checked against the dossiers in AdditionalFiles.</summary>
public class LookupAnalyzerTests
{
    private const string Small = "border-talks.dossier.yaml";

    [Fact]
    public async Task BK7001_unknown_id_with_did_you_mean_at_the_string_literal()
    {
        var (diagnostics, _) = await LookupScenario.Run(LookupScenario.Method("""return d.Actor("blinkn");"""), Small);

        var diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("BK7001");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.GetMessage().ShouldBe("Unknown actor 'blinkn' in dossier 'border-talks' — did you mean 'blinken'?");
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan).ShouldBe("\"blinkn\"");
        diagnostic.Properties["MemberDisplay"].ShouldBe("BorderTalks.Actors.Blinken");
    }

    [Fact]
    public async Task BK7004_a_tag_or_country_no_dossier_carries_is_a_warning_at_that_value()
    {
        var (diagnostics, _) = await LookupScenario.Run(
            LookupScenario.Method("""return BriefingKit.Briefing.BriefingBuilder.For(d).Tagged("tset", "test").InCountries("MX", "MXX");"""), Small);

        diagnostics.Select(d => (d.Id, d.Severity)).ShouldBe([("BK7004", DiagnosticSeverity.Warning), ("BK7004", DiagnosticSeverity.Warning)]);
        diagnostics[0].GetMessage().ShouldBe("No fact is tagged 'tset' in dossier 'border-talks', so BriefingBuilder.Tagged selects nothing from it — did you mean 'test'?");
        diagnostics[0].Location.SourceTree!.GetText().ToString(diagnostics[0].Location.SourceSpan).ShouldBe("\"tset\"");
        diagnostics[1].GetMessage().ShouldBe("No actor or agency belongs to country 'MXX' in dossier 'border-talks', so BriefingBuilder.InCountries selects nothing from it — did you mean 'MX'?");
    }

    [Fact]
    public async Task BK7004_is_silent_for_values_the_dossier_carries_and_for_computed_ones()
    {
        var (diagnostics, _) = await LookupScenario.Run(
            LookupScenario.Method("""var t = System.Environment.GetEnvironmentVariable("T") ?? ""; return BriefingKit.Briefing.BriefingBuilder.For(d).Tagged("test", t).InCountries("US");"""), Small);

        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task BK7001_without_a_close_id_has_no_suggestion_and_no_fix()
    {
        var (diagnostics, _) = await LookupScenario.Run(LookupScenario.Method("""return d.Find("nothing-like-it");"""), Small);

        var diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.GetMessage().ShouldBe("Unknown entity 'nothing-like-it' in dossier 'border-talks'");
        diagnostic.Properties.ShouldNotContainKey("Member");
    }

    [Fact]
    public async Task BK7002_id_of_another_kind()
    {
        var (diagnostics, _) = await LookupScenario.Run(LookupScenario.Method("""return d.Actor("cbp");"""), Small);

        var diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("BK7002");
        diagnostic.GetMessage().ShouldBe("'cbp' is an agency in dossier 'border-talks', but Dossier.Actor looks up actor");
    }

    [Fact]
    public async Task BK7002_for_Get_with_a_type_argument_and_BK7003_when_the_kind_fits()
    {
        var (diagnostics, _) = await LookupScenario.Run(
            LookupScenario.Method("""return (d.Get<Policy>("stat-daily"), d.Get<IParty>("cbp"), d.Get<ICited>("ev-meeting"));"""), Small);

        diagnostics.Select(d => d.Id).ShouldBe(["BK7002", "BK7003", "BK7003"]);
        diagnostics[0].GetMessage().ShouldBe("'stat-daily' is a statistic in dossier 'border-talks', but Dossier.Get looks up policy");
    }

    [Fact]
    public async Task BK7003_an_id_with_a_generated_member_suggests_the_member()
    {
        var (diagnostics, _) = await LookupScenario.Run(LookupScenario.Method("""return d.Statistic("stat-daily");"""), Small);

        var diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("BK7003");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Info);
        diagnostic.GetMessage().ShouldBe("'stat-daily' has a generated member: use BorderTalks.Statistics.StatDaily instead of a string lookup");
        diagnostic.Properties["Member"].ShouldBe("global::Demo.BorderTalks.Statistics.StatDaily");
    }

    [Fact]
    public async Task Actor_lookup_by_alias_or_name_is_accepted()
    {
        var (diagnostics, _) = await LookupScenario.Run(LookupScenario.Method("""return (d.Actor("amlo"), d.Actor("Andrés Manuel López Obrador"));"""), Small);

        diagnostics.Select(d => d.Id).ShouldBe(["BK7003", "BK7003"]);
        diagnostics[0].Properties["MemberDisplay"].ShouldBe("BorderTalks.Actors.LopezObrador");
    }

    [Fact]
    public async Task Relationship_ids_without_a_member_are_known_but_not_suggested()
    {
        var (diagnostics, _) = await LookupScenario.Run(LookupScenario.Method("""return d.Find("blinken-met-with-lopez-obrador-1");"""), Small);

        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_catalogs_own_Dossier_is_checked_against_that_dossier_only()
    {
        const string code = """
            namespace Demo;
            public static class Use
            {
                public static object Run() => (BorderTalks.Dossier.Agency("us-cbp"), Class.Dossier.Agency("us-cbp"));
            }
            """;

        var (diagnostics, _) = await LookupScenario.Run(code, Small, "tricky-ids.dossier.yaml");

        diagnostics.Select(d => d.Id).ShouldBe(["BK7001", "BK7003"]);
        diagnostics[0].GetMessage().ShouldStartWith("Unknown agency 'us-cbp' in dossier 'border-talks'");
    }

    [Fact]
    public async Task A_dossier_loaded_at_run_time_is_not_checked()
    {
        // Its ids are not the catalog's: "nope" may well be in the file it loads.
        const string code = """
            using BriefingKit.Model;
            namespace Demo;
            public static class Use
            {
                public static object Run(Dossier loaded) => (loaded.Agency("nope"), BriefingKit.Loading.DossierLoader.Load("x.dossier.yaml").Dossier!.Actor("blinkn"));

                public static object Reassigned(Dossier loaded)
                {
                    var d = BorderTalks.Dossier;
                    d = loaded;
                    return d.Actor("blinkn");
                }
            }
            """;

        var (diagnostics, _) = await LookupScenario.Run(code, Small, "tricky-ids.dossier.yaml");

        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task Non_constant_arguments_and_other_types_are_ignored()
    {
        var (diagnostics, _) = await LookupScenario.Run(LookupScenario.Method("""
            var id = System.Environment.GetEnvironmentVariable("X") ?? "";
            var map = new System.Collections.Generic.Dictionary<string, int>();
            map.TryGetValue("blinkn", out _);
            return d.Actor(id);
            """), Small);

        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_dossiers_in_AdditionalFiles_nothing_is_reported()
    {
        var (diagnostics, _) = await LookupScenario.Run(LookupScenario.Method("""return d.Actor("blinkn");"""));

        diagnostics.ShouldBeEmpty();
    }
}
