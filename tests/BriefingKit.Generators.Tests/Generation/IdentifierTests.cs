using BriefingKit.Generators.Model;
using BriefingKit.Generators.Naming;

namespace BriefingKit.Generators.Tests.Generation;

/// <summary>Ids become valid, stable, collision-free C# names.</summary>
public class IdentifierTests
{
    [Theory]
    [InlineData("us-mexico-migration-2023", "UsMexicoMigration2023")]
    [InlineData("lopez-obrador", "LopezObrador")]
    [InlineData("9-11-commission", "_911Commission")]
    [InlineData("c-sharp", "CSharp")]
    [InlineData("sb-4", "Sb4")]
    [InlineData("class", "Class")]
    [InlineData("", "_")]
    public void Pascal_case_from_kebab_case(string id, string expected)
    {
        Identifiers.Pascal(id).ShouldBe(expected);
    }

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("event", "@event")]
    [InlineData("var", "@var")]
    [InlineData("Class", "Class")]
    [InlineData("value", "value")]
    public void Keywords_are_escaped_with_an_at_sign(string name, string expected)
    {
        Identifiers.Escape(name).ShouldBe(expected);
        Identifiers.Unescaped(Identifiers.Escape(name)).ShouldBe(name);
    }

    [Fact]
    public void Clashing_names_get_numbered_suffixes_in_order_ignoring_case()
    {
        Identifiers.Unique(["UsCbp", "Uscbp", "UsCbp", "Actors", "ToString"], ["Actors", .. Identifiers.ObjectMembers])
            .ShouldBe(["UsCbp", "Uscbp_2", "UsCbp_3", "Actors_2", "ToString_2"]);
    }

    [Theory]
    [InlineData("My.App", "My.App")]
    [InlineData("My-App.2nd..class", "My_App._2nd.@class")]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void Namespaces_are_sanitised_part_by_part(string? value, string? expected)
    {
        Identifiers.Namespace(value).ShouldBe(expected);
    }

    [Fact]
    public void Catalog_class_names_avoid_the_classes_own_members_and_each_other()
    {
        var names = CatalogLayout.AssignClassNames(
        [
            new ClassNameRequest("/b.dossier.yaml", "us-cbp"),
            new ClassNameRequest("/a.dossier.yaml", "uscbp"),
            new ClassNameRequest("/c.dossier.yaml", "dossier"),
            new ClassNameRequest("/a.dossier.yaml", "uscbp"),
        ]);

        names.Entries.Select(e => (e.Path, e.ClassName)).ShouldBe(
            [("/a.dossier.yaml", "Uscbp"), ("/b.dossier.yaml", "UsCbp_2"), ("/c.dossier.yaml", "DossierCatalog")]);
    }

    [Fact]
    public void A_member_never_takes_the_name_of_its_sections_lookup_or_of_the_section()
    {
        var actors = CatalogLayout.Members(kind => kind == Schema.Model.EntityKind.Actor ? ["lookup", "actors", "blinken"] : [])
            .Single(s => s.ClassName == "Actors");

        actors.Members.ShouldBe([("lookup", "Lookup_2"), ("actors", "Actors_2"), ("blinken", "Blinken")]);
    }
}
