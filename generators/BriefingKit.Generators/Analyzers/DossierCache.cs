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

    public static DossierReadResult Read(string path, SourceText text) => Get(path, text).Result;

    public static DossierIndex? Index(string path, SourceText text)
    {
        var entry = Get(path, text);
        lock (entry)
        {
            return entry.Index ??= entry.Result.Spec is { } spec && !entry.Result.HasErrors ? DossierIndex.Build(spec) : null;
        }
    }

    private static Entry Get(string path, SourceText text)
    {
        // GetValue creates at most one entry per text, safely under concurrent analyzers. The same text under
        // another path (never seen in practice) is read again, uncached, so messages name the right file.
        var entry = Entries.GetValue(text, t => new Entry(path, DossierReader.Read(path, t.ToString())));
        return entry.Path == path ? entry : new Entry(path, DossierReader.Read(path, text.ToString()));
    }

    private sealed class Entry
    {
        public Entry(string path, DossierReadResult result)
        {
            Path = path;
            Result = result;
        }

        public string Path { get; }

        public DossierReadResult Result { get; }

        public DossierIndex? Index { get; set; }
    }
}
