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
        if (Entries.TryGetValue(text, out var entry) && entry.Path == path)
        {
            return entry;
        }

        entry = new Entry(path, DossierReader.Read(path, text.ToString()));
        Entries.Remove(text);
        Entries.Add(text, entry);
        return entry;
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
