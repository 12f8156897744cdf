using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using BriefingKit.Generators.Tests.Support;
using BriefingKit.Loading;
using BriefingKit.Model;
using Microsoft.CodeAnalysis;

namespace BriefingKit.Generators.Tests.Generation;

/// <summary>
/// With the package's build props (<c>BriefingKitEmbedDossiers=true</c>), a catalog reads its dossier from the
/// manifest resource the props embed instead of a UTF-8 literal: the YAML no longer passes through the compiler.
/// </summary>
public class EmbeddedYamlTests
{
    private const string Resource = "BriefingKit.Dossiers/border-talks.dossier.yaml";

    private static readonly TestOptionsProvider Embedding = new(new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Demo",
        ["build_property.BriefingKitEmbedDossiers"] = "true",
    });

    [Fact]
    public void The_catalog_reads_the_embedded_resource_and_compiles_no_yaml()
    {
        var (sources, output, diagnostics) = Compilations.Generate(Compilations.Create(), TestDossiers.Files("border-talks.dossier.yaml"), Embedding);

        var catalog = sources["BorderTalks.g.cs"];
        catalog.ShouldContain($"DossierFactory.FromEmbeddedYaml(typeof(BorderTalks).Assembly, \"{Resource}\", \"border-talks.dossier.yaml\", null)");
        catalog.ShouldNotContain("u8;");
        diagnostics.ShouldBeEmpty();
        Compilations.Problems(output.GetDiagnostics()).ShouldBeEmpty();
    }

    [Fact]
    public void Loaded_from_the_resource_the_dossier_is_the_one_the_loader_reads_and_is_read_once()
    {
        var yaml = Encoding.UTF8.GetBytes(TestDossiers.Text("border-talks.dossier.yaml"));
        var type = CompileAndLoad(yaml, out var context);
        try
        {
            var dossier = (Dossier)type.GetProperty("Dossier")!.GetValue(null)!;
            var loaded = DossierLoader.LoadText("border-talks.dossier.yaml", TestDossiers.Text("border-talks.dossier.yaml")).Dossier!;

            dossier.Id.ShouldBe(loaded.Id);
            dossier.Actors.Select(a => a.Name).ShouldBe(loaded.Actors.Select(a => a.Name));
            dossier.Statements.Select(s => s.Quote).ShouldBe(loaded.Statements.Select(s => s.Quote));
            type.GetProperty("Dossier")!.GetValue(null).ShouldBeSameAs(dossier);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Without_the_resource_the_catalog_says_what_is_missing()
    {
        var type = CompileAndLoad(resource: null, out var context);
        try
        {
            var thrown = Should.Throw<TargetInvocationException>(() => type.GetProperty("Dossier")!.GetValue(null));
            thrown.InnerException.ShouldBeOfType<InvalidOperationException>()
                .Message.ShouldContain($"border-talks.dossier.yaml is not embedded in catalog-embedded as '{Resource}'");
        }
        finally
        {
            context.Unload();
        }
    }

    private static Type CompileAndLoad(byte[]? resource, out AssemblyLoadContext context)
    {
        var (_, output, _) = Compilations.Generate(Compilations.Create(), TestDossiers.Files("border-talks.dossier.yaml"), Embedding);
        using var image = new MemoryStream();
        var resources = resource is null ? null : new[] { new ResourceDescription(Resource, () => new MemoryStream(resource), isPublic: true) };
        var emit = output.WithAssemblyName("catalog-embedded").Emit(image, manifestResources: resources);
        Compilations.Problems(emit.Diagnostics).ShouldBeEmpty();

        context = new AssemblyLoadContext("catalog-embedded", isCollectible: true);
        image.Position = 0;
        return context.LoadFromStream(image).GetType("Demo.BorderTalks", throwOnError: true)!;
    }
}
