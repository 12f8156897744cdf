using System.Collections.Concurrent;

namespace BriefingKit.Pdf.Fonts.Shaping;

/// <summary>
/// The glyph coverage of a font file, read without loading the font for drawing: the last resort for a rare
/// character looks through every installed Noto file, and only the one chosen is loaded in full.
/// </summary>
internal static class CoverageOnly
{
    static readonly ConcurrentDictionary<string, GlyphCoverage> Cache = new(StringComparer.Ordinal);

    public static GlyphCoverage Of(string path) => Cache.GetOrAdd(path, static p =>
    {
        try
        {
            return GlyphCoverage.Read(File.ReadAllBytes(p));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return GlyphCoverage.Empty; // unreadable or malformed: covers nothing
        }
    });
}
