using System.Text;
using BriefingKit.Schema;

namespace BriefingKit.Loading.SourceTexts;

/// <summary>
/// Reads a stored source text safely: a relative path that stays in <c>folder</c> or below it (links included),
/// a regular file within the file-size limit, strict UTF-8.
/// </summary>
internal static class SourceTextFile
{
    /// <summary>Reads <paramref name="path"/> relative to <paramref name="folder"/>; returns why it cannot, or null with <paramref name="text"/> set.</summary>
    public static string? Read(string folder, string path, SchemaLimits limits, out StoredText? text)
    {
        text = null;
        try
        {
            if (path.Length == 0 || Path.IsPathRooted(path))
            {
                return "give a path relative to the dossier file, inside its folder";
            }

            folder = Path.GetFullPath(folder);
            var full = Path.GetFullPath(Path.Combine(folder, path));
            var info = new FileInfo(full);
            var target = info.Exists && info.LinkTarget is not null ? info.ResolveLinkTarget(true)?.FullName ?? full : full;
            if (!Inside(folder, full) || !Inside(folder, target))
            {
                return "it is outside the dossier's folder; keep source texts in that folder or below it";
            }

            if (Directory.Exists(full))
            {
                return "it is a directory";
            }

            if (!info.Exists)
            {
                return "no such file";
            }

            if (info.Length > limits.MaxFileBytes)
            {
                return $"it is {info.Length:N0} bytes, over the limit of {limits.MaxFileBytes:N0} bytes (raise it with --max-file-bytes)";
            }

            // Bounded even past the length check: a pipe or device reports length 0 whatever it holds.
            if (BoundedFile.ReadAtMost(full, limits.MaxFileBytes) is not { } bytes)
            {
                return $"it yields more than the {limits.MaxFileBytes:N0}-byte limit and is not a regular file";
            }

            var encoding = new UTF8Encoding(false, throwOnInvalidBytes: true);
            char[]? chars = null;
            try
            {
                chars = System.Buffers.ArrayPool<char>.Shared.Rent(bytes.Length + 1);
                var decoded = chars.AsSpan(0, encoding.GetChars(bytes, chars));
                text = StoredText.From(path, decoded.TrimStart('\uFEFF')); // lines may end in \n, \r\n or \r
            }
            catch (DecoderFallbackException ex)
            {
                return $"it is not valid UTF-8 (byte 0x{(ex.BytesUnknown is { Length: > 0 } b ? b[0] : 0):X2} at offset {ex.Index:N0}); save it as UTF-8";
            }
            finally
            {
                if (chars is not null)
                {
                    System.Buffers.ArrayPool<char>.Shared.Return(chars);
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return ex.Message;
        }
    }

    private static bool Inside(string folder, string path) =>
        path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
