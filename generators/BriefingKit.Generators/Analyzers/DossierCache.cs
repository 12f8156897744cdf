using System.Runtime.CompilerServices;
using BriefingKit.Schema;
using Microsoft.CodeAnalysis.Text;

namespace BriefingKit.Generators.Analyzers;

/// <summary>
/// One read per dossier text, shared by the generator and the analyzers: the compiler hands both the same
/// <see cref="SourceText"/> of an additional file, and an IDE re-runs the analyzers on every keystroke in C# while
/// that instance stays the same until the YAML itself changes. At 10,000 facts a read is about 2 s of a cold build.
/// The read names the file by its name alone (as the generated catalog does, so its code is the same on every
/// machine); the analyzers locate diagnostics with the full path themselves.
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
        var name = DossierGenerator.Parser.FileName(path);
        var entry = Entries.GetValue(text, t => new Entry(name, limits, DossierReader.Read(name, t.ToString(), limits)));
        return entry.Path == name && entry.Limits == limits ? entry : new Entry(name, limits, DossierReader.Read(name, text.ToString(), limits));
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
