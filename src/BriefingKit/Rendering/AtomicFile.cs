namespace BriefingKit.Rendering;

/// <summary>
/// Writes a file so that readers only ever see the old complete file or the new complete one: the content
/// goes to a temporary file in the same folder, is flushed to disk, then renamed over the target.
/// A failure or a kill midway leaves at most a stray temporary file, never a truncated output.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Creates <paramref name="path"/>'s folder if needed, lets <paramref name="write"/> fill a temporary file beside it, then renames it over <paramref name="path"/>.</summary>
    /// <remarks>An exception from <paramref name="write"/> propagates after the temporary file is deleted; the target is left untouched.</remarks>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
