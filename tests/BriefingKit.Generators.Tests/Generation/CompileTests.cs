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
    public void A_dossier_with_errors_keeps_its_catalog_so_the_only_errors_are_the_BK_ones()
    {
        // The statement's speaker is a dangling reference (BK3002): the catalog is still emitted with every member,
        // so code that uses it, even through a using of its namespace, compiles.
        var files = TestDossiers.Files("broken-reference.dossier.yaml", "border-talks.dossier.yaml");
        const string code = """
            using Demo;
            namespace Consumer;
            public static class Use
            {
                public static object[] All() => [BrokenReference.Actors.Blinken, BrokenReference.Statements.StOne, BorderTalks.Dossier];
            }
            """;

        var (sources, output, diagnostics) = Compilations.Generate(Compilations.Create(code), files);

        sources.Keys.Order(StringComparer.Ordinal).ShouldBe(["BorderTalks.g.cs", "BrokenReference.g.cs"]);
        diagnostics.ShouldBeEmpty(); // the generator reports nothing: DossierFileAnalyzer does
        Compilations.Problems(output.GetDiagnostics()).ShouldBeEmpty();
        sources["BrokenReference.g.cs"].ShouldContain("throw new global::System.InvalidOperationException(\"broken-reference.dossier.yaml has errors");
        sources["BrokenReference.g.cs"].ShouldNotContain("u8;"); // no data is compiled for a dossier that cannot load
    }

    [Fact]
    public void Unreadable_yaml_still_gets_a_catalog_named_after_the_file()
    {
        var broken = new InMemoryAdditionalText("/src/border-talks.dossier.yaml", "dossier:\n  id: border-talks\n  title: [unclosed\n");
        const string code = "using Demo; namespace Consumer; public static class Use { public static System.Type T => typeof(BorderTalks.Actors); }";

        var (sources, output, diagnostics) = Compilations.Generate(Compilations.Create(code), [broken]);

        sources.Keys.ShouldBe(["BorderTalks.g.cs"]);
        diagnostics.ShouldBeEmpty();
        Compilations.Problems(output.GetDiagnostics()).ShouldBeEmpty();
    }

    public static TheoryData<string, string, string> SeedMutations => new()
    {
        // name, text to find in the seed dossier, what to put instead
        { "dangling reference", "    speaker: lopez-obrador\n", "    speaker: lopez-obradorx\n" },
        { "duplicate id", "  - id: blinken\n", "  - id: lopez-obrador\n" },
        { "invalid date", "      date: 2025-04-18\n", "      date: 2025-13-45\n" },
        { "wrong type", "  marking: \"UNCLASSIFIED // FOR OFFICIAL USE ONLY\"\n", "  marking: [1, 2]\n" },
        { "missing dossier id", "  id: us-mexico-migration-2023\n", "" },
        { "unknown key", "  marking: ", "  markings: " },
        { "YAML syntax", "  title: \"U.S.", "  title: [\"U.S." },
    };

    [Theory]
    [MemberData(nameof(SeedMutations))]
    public void The_seed_with_any_error_still_gives_a_catalog_that_code_using_it_compiles_against(string name, string find, string replace)
    {
        var seed = File.ReadAllText(SeedDossierFactAttribute.Path);
        seed.ShouldContain(find, Case.Sensitive, name);
        var broken = new InMemoryAdditionalText("/src/us-mexico-migration-2023.dossier.yaml", ReplaceFirst(seed, find, replace));
        BriefingKit.Schema.DossierReader.Read("us-mexico-migration-2023.dossier.yaml", broken.GetText()!.ToString()).HasErrors.ShouldBeTrue(name);
        const string code = """
            using Demo;
            namespace Consumer;
            public static class Use
            {
                public static object[] Members() =>
                [
                    UsMexicoMigration2023.Actors.LopezObrador, UsMexicoMigration2023.Statistics.StatDailyApprehensionsCbs,
                    UsMexicoMigration2023.Events.EvMexicoCityMeeting, UsMexicoMigration2023.Sources.NytRewrite2024,
                ];
            }
            """;

        var (sources, output, diagnostics) = Compilations.Generate(Compilations.Create(code), [broken]);

        diagnostics.ShouldBeEmpty(name); // no generator crash (CS8785)
        sources.Keys.ShouldBe(["UsMexicoMigration2023.g.cs"], name);
        Compilations.Problems(output.GetDiagnostics()).ShouldBeEmpty(name);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
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
