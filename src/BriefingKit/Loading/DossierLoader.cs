using BriefingKit.Model;
using BriefingKit.Schema;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Loading;

/// <summary>The outcome of loading a dossier: the dossier when it has no errors, and every diagnostic.</summary>
/// <param name="Dossier">The resolved dossier; null when any diagnostic is an error.</param>
/// <param name="Diagnostics">Every problem found, errors and warnings, each located in its file.</param>
public sealed record DossierLoadResult(Dossier? Dossier, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The dossier as the schema read it, before references were resolved (set even when references or quotes have errors); null when the file could not be read as a dossier.</summary>
    internal Schema.Model.DossierSpec? Spec { get; init; }

    /// <summary>True when the dossier loaded, that is when no diagnostic is an error.</summary>
    public bool Succeeded => Dossier is not null;

    /// <summary>Per source, how many of its citations were proved against its stored text (<c>text:</c>); empty when the YAML did not read.</summary>
    public IReadOnlyList<SourceTexts.SourceTextReport> SourceTexts { get; init; } = [];

    /// <summary>The diagnostics that are errors; warnings are left out.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);
}

/// <summary>Reads dossier files. Never throws for bad input: every problem becomes a located diagnostic.</summary>
public static class DossierLoader
{
    /// <summary>Reads, validates and resolves the dossier file at <paramref name="path"/>, and proves its quotes against the sources' stored texts.</summary>
    /// <param name="path">The dossier file; diagnostics and <see cref="Dossier.File"/> name it as given.</param>
    /// <param name="limits">Bounds on file size, list lengths and YAML structure; null for <see cref="SchemaLimits.Default"/>.</param>
    public static DossierLoadResult Load(string path, SchemaLimits? limits = null)
    {
        limits ??= SchemaLimits.Default;
        if (ReadBytes(path, limits, out var bytes) is { } failure)
        {
            return new DossierLoadResult(null, [failure]);
        }

        return Finish(DossierReader.Read(path, bytes!, limits), path, limits);
    }

    /// <summary>Loads dossier text given in memory; source texts (<c>text:</c>) are read relative to <paramref name="file"/>.</summary>
    public static DossierLoadResult LoadText(string file, string text, SchemaLimits? limits = null) =>
        Finish(DossierReader.Read(file, text, limits), file, limits ?? SchemaLimits.Default);

    private static DossierLoadResult Finish(DossierReadResult read, string path, SchemaLimits limits)
    {
        var diagnostics = read.Diagnostics.ToList();
        IReadOnlyList<SourceTexts.SourceTextReport> texts = [];
        if (read.Spec is not null)
        {
            texts = SourceTexts.SourceTextCheck.Run(read.Spec, path, limits, diagnostics);
        }

        var hasErrors = diagnostics.Any(d => d.IsError);
        var dossier = read.Spec is not null && !hasErrors ? DossierFactory.FromSpec(read.Spec) : null;
        return new DossierLoadResult(dossier, diagnostics) { Spec = read.Spec, SourceTexts = texts };
    }

    /// <summary>Reads a whole file, refusing directories, missing files and files over the size limit before reading them.</summary>
    private static Diagnostic? ReadBytes(string path, SchemaLimits limits, out byte[]? bytes)
    {
        bytes = null;
        try
        {
            if (Directory.Exists(path))
            {
                return Codes.FileNotReadable.Create(path, TextSpan.FileStart, path, "it is a directory");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Codes.FileNotReadable.Create(path, TextSpan.FileStart, path, "no such file");
            }

            if (info.Length > limits.MaxFileBytes)
            {
                return Codes.FileTooLarge.Create(path, TextSpan.FileStart, info.Length, limits.MaxFileBytes);
            }

            // Devices and /proc files report length 0 whatever they hold (/dev/zero never ends), so the read
            // itself is bounded too: unbounded, it grew to gigabytes and died of OutOfMemoryException.
            bytes = BoundedFile.ReadAtMost(path, limits.MaxFileBytes);
            return bytes is null
                ? Codes.FileNotReadable.Create(path, TextSpan.FileStart, path, $"it yields more than the {limits.MaxFileBytes:N0}-byte limit and is not a regular file")
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Codes.FileNotReadable.Create(path, TextSpan.FileStart, path, ex.Message);
        }
    }
}
