using System.Globalization;
using System.Text;

namespace BriefingKit.Generators.Tests.Support;

/// <summary>
/// A valid dossier of a chosen size for scale runs: a fixed cast of sources, agencies and actors, then statistics,
/// events and statements (one citation each) until <c>facts</c> entities exist. Deterministic: same size, same text.
/// </summary>
public static class SyntheticDossier
{
    public static string Yaml(int facts, string id = "synthetic")
    {
        var b = new StringBuilder(facts * 400);
        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"dossier:\n  id: {id}\n  title: \"Synthetic dossier with {facts} facts\"\n  as-of: 2024-01-31\n  marking: \"TEST\"\n\nsources:\n");
        const int sources = 20, agencies = 20, actors = 100;
        for (var i = 0; i < sources; i++)
        {
            b.Append(inv, $"  - id: src-{i}\n    outlet: \"Outlet {i}\"\n    title: \"Story number {i}\"\n    published: 2023-12-{1 + (i % 28):D2}\n    reliability: {"ABCDEF"[i % 6]}\n");
        }

        b.Append("\nagencies:\n");
        for (var i = 0; i < agencies; i++)
        {
            b.Append(inv, $"  - id: agency-{i}\n    name: \"Agency {i}\"\n    short: A{i}\n    country: {(i % 2 == 0 ? "US" : "MX")}\n");
        }

        b.Append("\nactors:\n");
        for (var i = 0; i < actors; i++)
        {
            b.Append(inv, $"  - id: actor-{i}\n    name: \"Actor Número {i}\"\n    affiliation: agency-{i % agencies}\n");
        }

        var remaining = facts - sources - agencies - actors;
        var statistics = remaining / 3;
        var events = remaining / 3;
        var statements = remaining - statistics - events;
        b.Append("\nstatistics:\n");
        for (var i = 0; i < statistics; i++)
        {
            b.Append(inv, $"  - id: stat-{i}\n    measure: measure-{i % 50}\n    description: \"Figure {i}\"\n    value: {1000 + i}.5\n    unit: migrants\n    bound: approximately\n    per: day\n    period: 2023-{1 + (i % 12):D2}\n    geography: region-{i % 7}\n    reported-by: agency-{i % agencies}\n");
            Cite(b, i, $"about {1000 + i}.5 migrants a day");
        }

        b.Append("\nevents:\n");
        for (var i = 0; i < events; i++)
        {
            b.Append(inv, $"  - id: event-{i}\n    date: 2023-12-{1 + (i % 28):D2}\n    kind: meeting\n    title: \"Meeting {i}\"\n    participants: [actor-{i % actors}, agency-{i % agencies}]\n");
            Cite(b, i, $"meeting {i} took place");
        }

        b.Append("\nstatements:\n");
        for (var i = 0; i < statements; i++)
        {
            b.Append(inv, $"  - id: statement-{i}\n    speaker: actor-{i % actors}\n    quote: \"words {i}\"\n    about: [event-{i % Math.Max(1, events)}]\n");
            Cite(b, i, $"said \"words {i}\" today");
        }

        return b.ToString();

        void Cite(StringBuilder sb, int i, string quote) =>
            sb.Append(inv, $"    citations:\n      - source: src-{i % sources}\n        quote: '{quote}'\n");
    }
}
