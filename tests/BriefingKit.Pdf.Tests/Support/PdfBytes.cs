using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingKit.Pdf.Tests.Support;

/// <summary>Just enough raw-PDF reading for tests that must not depend on the library under test.</summary>
internal static partial class PdfBytes
{
    public static string Latin1(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    /// <summary>Every FlateDecode stream's raw bytes, found via its /Length.</summary>
    public static List<byte[]> FlateStreams(byte[] pdf)
    {
        string text = Latin1(pdf);
        var streams = new List<byte[]>();
        foreach (Match m in StreamHeader().Matches(text))
        {
            string dict = m.Groups["dict"].Value;
            if (!dict.Contains("/FlateDecode", StringComparison.Ordinal))
            {
                continue;
            }

            int length = int.Parse(LengthKey().Match(dict).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            streams.Add(pdf.AsSpan(m.Index + m.Length, length).ToArray());
        }

        return streams;
    }

    public static byte[] Inflate(byte[] zlib)
    {
        using var input = new MemoryStream(zlib, 2, zlib.Length - 2); // skip the 2-byte zlib header
        using var deflate = new DeflateStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        deflate.CopyTo(output);
        return output.ToArray();
    }

    public static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (byte x in data)
        {
            a = (a + x) % 65521;
            b = (b + a) % 65521;
        }

        return (b << 16) | a;
    }

    [GeneratedRegex(@"obj\s*<<(?<dict>(?:(?!endobj).)*?)>>\s*stream\r?\n", RegexOptions.Singleline)]
    private static partial Regex StreamHeader();

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex LengthKey();
}
