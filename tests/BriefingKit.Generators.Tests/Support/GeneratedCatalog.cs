using System.Collections.Immutable;
using System.Runtime.Loader;
using BriefingKit.Model;
using Microsoft.CodeAnalysis;

namespace BriefingKit.Generators.Tests.Support;

/// <summary>
/// Generates a catalog, compiles it with the test's Roslyn 5.x and loads it into a collectible
/// <see cref="AssemblyLoadContext"/>. BriefingKit itself resolves from the default context, so the catalog's
/// <see cref="Dossier"/> is the same type the test uses and can be compared directly.
/// </summary>
public sealed class GeneratedCatalog : IDisposable
{
    private readonly AssemblyLoadContext context;
    private readonly Type type;

    private GeneratedCatalog(AssemblyLoadContext context, Type type)
    {
        this.context = context;
        this.type = type;
    }

    public static GeneratedCatalog Compile(ImmutableArray<AdditionalText> files, string className)
    {
        var (sources, output, diagnostics) = Compilations.Generate(Compilations.Create(), files);
        sources.ShouldNotBeEmpty();
        Compilations.Problems(diagnostics).ShouldBeEmpty();
        using var image = new MemoryStream();
        var emit = output.Emit(image);
        Compilations.Problems(emit.Diagnostics).ShouldBeEmpty();
        emit.Success.ShouldBeTrue();

        var context = new AssemblyLoadContext("catalog-" + className, isCollectible: true);
        image.Position = 0;
        var assembly = context.LoadFromStream(image);
        return new GeneratedCatalog(context, assembly.GetType("Demo." + className, throwOnError: true)!);
    }

    /// <summary>The catalog's <c>Dossier</c> property.</summary>
    public Dossier Dossier => (Dossier)type.GetProperty("Dossier")!.GetValue(null)!;

    /// <summary>A generated member, e.g. <c>("Actors", "LopezObrador")</c>.</summary>
    public object? Member(string section, string name) =>
        type.GetNestedType(section)!.GetProperty(name)!.GetValue(null);

    public void Dispose() => context.Unload();
}
