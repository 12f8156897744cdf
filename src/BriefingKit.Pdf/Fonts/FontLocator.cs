using System.Collections.Concurrent;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Pdf.Fonts;

/// <summary>
/// Finds the file of each face: configured folders first, then the system font folders, then the
/// copy bundled in this assembly. Never "whatever the OS has": only the DejaVu file names are matched,
/// so the same input lays out the same way wherever DejaVu 2.37 is found.
/// </summary>
internal static class FontLocator
{
    // System folders rarely change during a process; scanning them once keeps renders fast.
    static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> SystemIndex = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> SystemFolders { get; } = BuildSystemFolders();

    public static (LoadedFont Font, string Origin) Locate(FontFace face, IReadOnlyDictionary<string, string> configured, DiagnosticBag diagnostics)
    {
        string name = face.FileName;
        if (configured.TryGetValue(name, out var path) || TryFindInSystem(name, out path))
        {
            return (LoadedFont.File(path), path);
        }

        diagnostics.Add(Codes.PdfBundledFontUsed.Create(diagnostics.File, TextSpan.FileStart, name));
        return (LoadedFont.Bundled(name), "bundled:" + name);
    }

    /// <summary>The path of a font file by name: configured folders first, then the system's; null when absent.</summary>
    public static string? Find(string fileName, IReadOnlyDictionary<string, string> configured) =>
        configured.TryGetValue(fileName, out var path) || TryFindInSystem(fileName, out path) ? path : null;

    /// <summary>Every font file of the system folders and of <paramref name="configured"/>, by name (configured first), in name order.</summary>
    public static IEnumerable<(string Name, string Path)> All(IReadOnlyDictionary<string, string> configured)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var system = SystemFolders.SelectMany(f => SystemIndex.GetOrAdd(f, static d => Directory.Exists(d) ? Scan(d) : new Dictionary<string, string>()));
        foreach (var (name, path) in configured.Concat(system).Where(e => seen.Add(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            yield return (name, path);
        }
    }

    /// <summary>Indexes the configured folders (file name → path, first folder wins).</summary>
    public static IReadOnlyDictionary<string, string> IndexConfigured(IReadOnlyList<string> folders, DiagnosticBag diagnostics)
    {
        var index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                diagnostics.Add(Codes.PdfFontFolderMissing.Create(diagnostics.File, TextSpan.FileStart, folder));
                continue;
            }

            foreach (var (name, path) in Scan(folder))
            {
                index.TryAdd(name, path);
            }
        }

        return index;
    }

    public static byte[] ReadBundled(string fileName)
    {
        using var stream = typeof(FontLocator).Assembly.GetManifestResourceStream("BriefingKit.Pdf.Fonts." + fileName)
            ?? throw new InvalidOperationException($"Bundled font '{fileName}' is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    static bool TryFindInSystem(string name, out string path)
    {
        foreach (var folder in SystemFolders)
        {
            var index = SystemIndex.GetOrAdd(folder, static f => Directory.Exists(f) ? Scan(f) : new Dictionary<string, string>());
            if (index.TryGetValue(name, out path!))
            {
                return true;
            }
        }

        path = "";
        return false;
    }

    static Dictionary<string, string> Scan(string folder)
    {
        var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var files = Directory.EnumerateFiles(folder, "*.ttf", new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = true,
                MatchCasing = MatchCasing.CaseInsensitive,
                MaxRecursionDepth = 6,
            });

            // Sorted so that the winner among duplicates does not depend on directory order.
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                found.TryAdd(Path.GetFileName(file), file);
            }
        }
        catch (IOException)
        {
            // An unreadable folder simply contributes no fonts.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return found;
    }

    static string[] BuildSystemFolders()
    {
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var folders = new List<string>();
        if (OperatingSystem.IsWindows())
        {
            folders.Add(Environment.GetFolderPath(Environment.SpecialFolder.Fonts));
        }
        else if (OperatingSystem.IsMacOS())
        {
            folders.AddRange([Path.Combine(home, "Library/Fonts"), "/Library/Fonts", "/System/Library/Fonts"]);
        }
        else
        {
            folders.AddRange(["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".local/share/fonts"), Path.Combine(home, ".fonts")]);
        }

        return [.. folders.Where(f => f.Length > 0)];
    }
}
