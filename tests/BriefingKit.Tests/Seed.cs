using BriefingKit.Loading;
using BriefingKit.Model;

namespace BriefingKit.Tests;

/// <summary>The seed dossier, loaded once for all tests.</summary>
public static class Seed
{
    private static readonly Lazy<Dossier> Loaded = new(() =>
    {
        var result = DossierLoader.Load(Path);
        return result.Dossier ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    });

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "dossiers", "us-mexico-migration-2023.dossier.yaml");

    public static Dossier Dossier => Loaded.Value;

    /// <summary>A small valid dossier text to vary in tests.</summary>
    public const string Minimal = """
        dossier:
          id: mini
          title: Mini
          as-of: 2023-12-28
          marking: UNCLASSIFIED
        sources:
          - id: src
            outlet: Outlet
            title: Title
            published: 2023-12-28
            reliability: B
            url: https://example.com/a
        actors:
          - id: amlo
            name: Andrés Manuel López Obrador
            aliases: [AMLO, Lopez Obrador]
            country: MX
        events:
          - id: ev
            date: 2023-12-27
            kind: meeting
            title: Meeting
            participants: [amlo]
            citations:
              - source: src
                quote: "text"

        """;

    public static Dossier Load(string text)
    {
        var result = DossierLoader.LoadText("test.dossier.yaml", text);
        return result.Dossier ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }
}
