using BriefingKit.Generators.Tests.Support;
using Shouldly.Configuration;

namespace BriefingKit.Generators.Tests.Generation;

/// <summary>
/// The generated source, pinned as approved files beside this test (Approved/*.approved.cs). A change in the
/// emitter shows up as a .received.cs file to review; approving means renaming it by hand after reading it.
/// </summary>
public class SnapshotTests
{
    // The generator only asks the compilation whether BriefingKit.Briefing.BriefingBuilder exists; declaring one
    // here keeps Briefing() in the snapshots whatever state the real builder is in.
    private const string BuilderStub = "namespace BriefingKit.Briefing { public sealed class BriefingBuilder { } }";

    [Fact]
    public void Small_dossier_catalog()
    {
        Generate("border-talks.dossier.yaml", "BorderTalks.g.cs").ShouldMatchApproved(Approved);
    }

    [Fact]
    public void Tricky_identifiers_catalog()
    {
        Generate("tricky-ids.dossier.yaml", "Class.g.cs").ShouldMatchApproved(Approved);
    }

    [Fact]
    public void Catalog_without_a_briefing_builder_has_no_Briefing_method()
    {
        var (sources, _, _) = Compilations.Generate(
            Compilations.Create(Compilations.FrameworkReferences), TestDossiers.Files("border-talks.dossier.yaml"));

        sources["BorderTalks.g.cs"].ShouldNotContain("Briefing()");
    }

    [Fact]
    public void Namespace_and_visibility_come_from_msbuild_properties()
    {
        var options = new TestOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Ignored.WhenBriefingKitNamespaceIsSet",
            ["build_property.BriefingKitNamespace"] = "My-App.2nd.class",
            ["build_property.BriefingKitCatalogVisibility"] = "Internal",
        });

        var (sources, _, _) = Compilations.Generate(Compilations.Create(), TestDossiers.Files("border-talks.dossier.yaml"), options);

        sources["BorderTalks.g.cs"].ShouldContain("namespace My_App._2nd.@class\n");
        sources["BorderTalks.g.cs"].ShouldContain("internal static partial class BorderTalks\n");
    }

    [Fact]
    public void Without_any_namespace_property_the_catalog_is_in_the_global_namespace()
    {
        var (sources, output, _) = Compilations.Generate(
            Compilations.Create(), TestDossiers.Files("border-talks.dossier.yaml"), new TestOptionsProvider());

        sources["BorderTalks.g.cs"].ShouldNotContain("namespace ");
        Compilations.Problems(output.GetDiagnostics()).ShouldBeEmpty();
    }

    private static void Approved(ShouldMatchConfigurationBuilder builder) =>
        builder.SubFolder("Approved").WithFileExtension("cs");

    private static string Generate(string dossier, string hintName)
    {
        var (sources, _, diagnostics) = Compilations.Generate(
            Compilations.Create(Compilations.FrameworkReferences, BuilderStub), TestDossiers.Files(dossier));
        diagnostics.ShouldBeEmpty();
        return sources[hintName];
    }
}
