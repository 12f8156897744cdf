using BriefingKit.Rendering;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Cli.Commands;

/// <summary>
/// Writes one output safely: refuses paths that are inputs or inside the template folder, renders fully in
/// memory first (a template error leaves no file), then replaces the target atomically.
/// </summary>
internal static class OutputWriter
{
    public sealed record Result(ExitCode Exit, IReadOnlyList<Diagnostic> Diagnostics);

    public static Result Write(Briefing.Briefing briefing, IBriefingRenderer renderer, string path, HashSet<string> inputs, string templateFolder)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;

        // Compared with links resolved: "--out link" where link → the dossier's folder once renamed the briefing
        // over the dossier itself, because the two spellings of the path differed.
        var real = RealPath(full);
        if (inputs.Contains(full) || inputs.Any(input => RealPath(input) == real))
        {
            return Refuse(Codes.OutputIsInput.Create(path, TextSpan.FileStart, path, "a dossier or template given to this build"));
        }

        if (Directory.Exists(templateFolder) && (IsInside(full, Path.GetFullPath(templateFolder)) || IsInside(real, RealPath(templateFolder))))
        {
            return Refuse(Codes.OutputInTemplates.Create(path, TextSpan.FileStart, path, templateFolder));
        }

        if (FileInTheWay(folder) is { } file)
        {
            return Refuse(Codes.OutputFolderIsFile.Create(path, TextSpan.FileStart, file));
        }

        byte[] bytes;
        IReadOnlyList<Diagnostic> warnings;
        try
        {
            using var buffer = new MemoryStream();
            warnings = renderer.Render(briefing, buffer);
            bytes = buffer.ToArray();
        }
        catch (BriefingRenderException ex)
        {
            return new Result(ExitCode.InputErrors, ex.Diagnostics);
        }

        try
        {
            AtomicFile.Write(full, stream => stream.Write(bytes));
            return new Result(ExitCode.Success, warnings);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Result(ExitCode.OutputFailed, [Codes.OutputWriteFailed.Create(path, TextSpan.FileStart, path, ex.Message)]);
        }
    }

    private static Result Refuse(Diagnostic diagnostic) => new(ExitCode.InputErrors, [diagnostic]);

    /// <summary>
    /// The folder itself or the nearest ancestor that exists as a file: "--out notes.txt/briefings" is refused
    /// like "--out notes.txt", instead of failing later inside Directory.CreateDirectory (exit 3).
    /// </summary>
    private static string? FileInTheWay(string folder)
    {
        for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (File.Exists(current))
            {
                return current;
            }

            if (Directory.Exists(current))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The full path with every symbolic link in it resolved (as far as the path exists).</summary>
    private static string RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var resolved = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            resolved = Path.Combine(resolved, part);
            try
            {
                if (depth < 40 && new FileInfo(resolved).LinkTarget is not null && File.ResolveLinkTarget(resolved, returnFinalTarget: true) is { } target)
                {
                    resolved = RealPath(target.FullName, depth + 1); // the target's own folders may be links too
                }
            }
            catch (IOException)
            {
                // A link loop or a vanished link: keep the path as written.
            }
        }

        return resolved;
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
