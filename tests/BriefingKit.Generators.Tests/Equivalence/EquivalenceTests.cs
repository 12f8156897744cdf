using BriefingKit.Generators.Tests.Support;
using BriefingKit.Loading;

namespace BriefingKit.Generators.Tests.Equivalence;

/// <summary>
/// The catalog's compiled-in Dossier is the one the runtime loader builds from the same YAML: the catalog compiles
/// the YAML in and reads it with the same reader, and the resolved dossiers dump to the same canonical text.
/// </summary>
public class EquivalenceTests
{
    [Theory]
    [InlineData("border-talks.dossier.yaml", "BorderTalks")]
    [InlineData("tricky-ids.dossier.yaml", "Class")]
    public void Generated_dossier_equals_the_runtime_loaders(string file, string className)
    {
        AssertEquivalent(TestDossiers.Text(file), file, className);
    }

    [SeedDossierFact]
    public void Seed_dossier_generated_equals_loaded()
    {
        AssertEquivalent(File.ReadAllText(SeedDossierFactAttribute.Path), "us-mexico-migration-2023.dossier.yaml", "UsMexicoMigration2023");
    }

    [Fact]
    public void Synthetic_dossier_of_a_thousand_facts_generated_equals_loaded()
    {
        AssertEquivalent(SyntheticDossier.Yaml(1000), "synthetic.dossier.yaml", "Synthetic");
    }

    private static void AssertEquivalent(string text, string fileName, string className)
    {
        var loaded = DossierLoader.LoadText(fileName, text);
        loaded.Succeeded.ShouldBeTrue(string.Join("\n", loaded.Errors));

        using var catalog = GeneratedCatalog.Compile([new InMemoryAdditionalText("/src/" + fileName, text)], className);

        var generated = CanonicalDump.Of(catalog.Dossier);
        generated.ShouldBe(CanonicalDump.Of(loaded.Dossier!));
        generated.ShouldContain("Citations = [");
    }
}
