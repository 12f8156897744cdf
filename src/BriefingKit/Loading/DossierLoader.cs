using BriefingKit.Model;
using BriefingKit.Schema;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Loading;

/// <summary>The outcome of loading a dossier: the dossier when it has no errors, and every diagnostic.</summary>
public sealed record DossierLoadResult(Dossier? Dossier, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The dossier as the schema read it (also when it has errors), for the CLI and the tests.</summary>
    internal Schema.Model.DossierSpec? Spec { get; init; }

    public bool Succeeded => Dossier is not null;

    /// <summary>Per source, how many of its citations were proved against its stored text (<c>text:</c>); empty when the YAML did not read.</summary>
    public IReadOnlyList<SourceTexts.SourceTextReport> SourceTexts { get; init; } = [];

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);
}

/// <summary>Reads dossier files. Never throws for bad input: every problem becomes a located diagnostic.</summary>
public static class DossierLoader
{
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
