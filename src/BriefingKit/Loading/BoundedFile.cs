namespace BriefingKit.Loading;

/// <summary>Reads input files with a bound that holds even for pipes and devices, which report length 0 whatever they hold.</summary>
internal static class BoundedFile
{
    /// <summary>The whole file, or null when it holds more than <paramref name="limit"/> bytes.</summary>
    public static byte[]? ReadAtMost(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (stream.CanSeek && stream.Length is > 0 and var length && length <= limit)
        {
            // A regular file: read it in one piece, then make sure it did not grow past its length.
            var whole = new byte[length];
            stream.ReadExactly(whole);
            if (stream.ReadByte() < 0)
            {
                return whole;
            }

            stream.Position = 0;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }
}
