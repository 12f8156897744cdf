using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace BriefingKit.Generators.Tests.Support;

/// <summary>An AdditionalFile held in memory.</summary>
public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText source = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => source;
}

/// <summary>MSBuild properties as the compiler sees them (<c>build_property.X</c>), for generator and analyzer runs.</summary>
public sealed class TestOptionsProvider(IReadOnlyDictionary<string, string>? globals = null) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals ?? new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    /// <summary>The usual consumer setting: catalogs in namespace <c>Demo</c>.</summary>
    public static TestOptionsProvider Demo { get; } = new(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Demo" });

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static Options Empty { get; } = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}

/// <summary>The dossier files under Dossiers/ (copied beside the test assembly).</summary>
public static class TestDossiers
{
    public static string Folder { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Dossiers");

    public static string Text(string name) => System.IO.File.ReadAllText(System.IO.Path.Combine(Folder, name));

    /// <summary>A dossier as the compiler would pass it: an AdditionalFile with a rooted path.</summary>
    public static InMemoryAdditionalText File(string name) => new(System.IO.Path.Combine("/src", name), Text(name));

    public static ImmutableArray<AdditionalText> Files(params string[] names) => [.. names.Select(n => (AdditionalText)File(n))];
}
