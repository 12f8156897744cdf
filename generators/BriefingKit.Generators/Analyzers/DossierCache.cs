using System.Runtime.CompilerServices;
using BriefingKit.Schema;
using Microsoft.CodeAnalysis.Text;

namespace BriefingKit.Generators.Analyzers;

/// <summary>
/// One read per dossier text, shared by the analyzers: an IDE re-runs them on every keystroke in C#, while a
/// dossier's <see cref="SourceText"/> instance stays the same until the YAML itself changes.
/// </summary>
internal static class DossierCache
{
    private static readonly ConditionalWeakTable<SourceText, Entry> Entries = new();

    public static DossierReadResult Read(string path, SourceText text, SchemaLimits limits) => Get(path, text, limits).Result;

    public static DossierIndex? Index(string path, SourceText text, SchemaLimits limits)
    {
        var entry = Get(path, text, limits);
        lock (entry)
        {
            return entry.Index ??= entry.Result.Spec is { } spec && !entry.Result.HasErrors ? DossierIndex.Build(spec) : null;
        }
    }

    private static Entry Get(string path, SourceText text, SchemaLimits limits)
    {
        // GetValue creates at most one entry per text, safely under concurrent analyzers. The same text under
        // another path or other limits (never seen in practice) is read again, uncached, so messages are right.
        var entry = Entries.GetValue(text, t => new Entry(path, limits, DossierReader.Read(path, t.ToString(), limits)));
        return entry.Path == path && entry.Limits == limits ? entry : new Entry(path, limits, DossierReader.Read(path, text.ToString(), limits));
    }

    private sealed class Entry
    {
        public Entry(string path, SchemaLimits limits, DossierReadResult result)
        {
            Path = path;
            Limits = limits;
            Result = result;
        }

        public string Path { get; }

        public SchemaLimits Limits { get; }

        public DossierReadResult Result { get; }

        public DossierIndex? Index { get; set; }
    }
}
