using System.Collections.Immutable;
using BriefingKit.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace BriefingKit.Generators.Tests.Generation;

/// <summary>Generated catalogs compile without a single warning, whatever the ids, and emit nothing for a broken dossier.</summary>
public class CompileTests
{
    [Theory]
    [InlineData("border-talks.dossier.yaml")]
    [InlineData("tricky-ids.dossier.yaml")]
    public void Generated_catalog_compiles_without_warnings(string dossier)
    {
        var (sources, output, diagnostics) = Compilations.Generate(Compilations.Create(), TestDossiers.Files(dossier));

        sources.Count.ShouldBe(1);
        diagnostics.ShouldBeEmpty();
        Compilations.Problems(output.GetDiagnostics()).ShouldBeEmpty();
    }

    [Fact]
    public void Consumer_code_uses_generated_members_with_their_domain_types()
    {
        const string consumer = """
            using BriefingKit.Model;
            namespace Demo;
            public static class Use
            {
                public static string Name() => BorderTalks.Actors.LopezObrador.Name;
                public static Agency Parent() => BorderTalks.Agencies.Cbp.Parent!;
                public static decimal Value() => BorderTalks.Statistics.StatDaily.Value;
                public static Claim Claim() => BorderTalks.Claims.ClaimTookOffice;
                public static Dossier Whole() => BorderTalks.Dossier;
            }
            """;
        var (_, output, _) = Compilations.Generate(Compilations.Create(consumer), TestDossiers.Files("border-talks.dossier.yaml"));

        Compilations.Problems(output.GetDiagnostics()).ShouldBeEmpty();
    }

    [Fact]
    public void Dossier_with_errors_generates_nothing_but_others_still_generate()
    {
        var broken = new InMemoryAdditionalText("/src/broken.dossier.yaml", "dossier:\n  id: broken\nsources: []\n");
        var files = TestDossiers.Files("border-talks.dossier.yaml").Add(broken);

        var (sources, output, diagnostics) = Compilations.Generate(Compilations.Create(), files);

        sources.Keys.ShouldBe(["BorderTalks.g.cs"]);
        diagnostics.ShouldBeEmpty(); // the generator reports nothing: DossierFileAnalyzer does
        Compilations.Problems(output.GetDiagnostics()).ShouldBeEmpty();
    }

    [Fact]
    public void Two_dossiers_whose_ids_give_the_same_class_name_get_suffixed_in_path_order()
    {
        var text = TestDossiers.Text("border-talks.dossier.yaml");
        ImmutableArray<AdditionalText> files =
        [
            new InMemoryAdditionalText("/src/b/second.dossier.yaml", text.Replace("id: border-talks", "id: bordertalks", StringComparison.Ordinal)),
            new InMemoryAdditionalText("/src/a/first.dossier.yaml", text),
        ];

        var (sources, output, diagnostics) = Compilations.Generate(Compilations.Create(), files);

        diagnostics.ShouldBeEmpty();
        sources.Keys.Order(StringComparer.Ordinal).ShouldBe(["BorderTalks.g.cs", "Bordertalks_2.g.cs"]);
        sources["BorderTalks.g.cs"].ShouldContain("Dossier <c>border-talks</c>");
        Compilations.Problems(output.GetDiagnostics()).ShouldBeEmpty();
    }

    [Fact]
    public void The_same_file_listed_twice_generates_once()
    {
        var file = TestDossiers.File("border-talks.dossier.yaml");

        var (sources, output, diagnostics) = Compilations.Generate(Compilations.Create(), [file, file]);

        sources.Count.ShouldBe(1);
        diagnostics.ShouldBeEmpty();
        Compilations.Problems(output.GetDiagnostics()).ShouldBeEmpty();
    }

    [Fact]
    public void Generated_members_resolve_to_the_entities_at_run_time()
    {
        using var catalog = GeneratedCatalog.Compile(TestDossiers.Files("border-talks.dossier.yaml"), "BorderTalks");

        var actor = catalog.Member("Actors", "LopezObrador").ShouldBeOfType<BriefingKit.Model.Actor>();
        actor.ShouldBeSameAs(catalog.Dossier.Actor("AMLO"));
        catalog.Member("Claims", "ClaimTookOffice").ShouldBeOfType<BriefingKit.Model.Claim>().Value.ShouldBe("2018");
        catalog.Dossier.ShouldBeSameAs(catalog.Dossier); // built once
    }
}
