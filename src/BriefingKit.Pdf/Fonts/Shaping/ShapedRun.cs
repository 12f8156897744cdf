namespace BriefingKit.Pdf.Fonts.Shaping;

/// <summary>
/// Text shaped in one font and direction: glyph IDs in visual order (left to right as drawn), each with its
/// advance and offsets in font units, and the UTF-16 index of the cluster it belongs to.
/// </summary>
internal sealed class ShapedRun(ushort[] glyphs, int[] advances, int[] xOffsets, int[] yOffsets, int[] clusters)
{
    public ushort[] Glyphs { get; } = glyphs;

    public int[] Advances { get; } = advances;

    public int[] XOffsets { get; } = xOffsets;

    public int[] YOffsets { get; } = yOffsets;

    public int[] Clusters { get; } = clusters;

    /// <summary>The sum of the advances, in font units.</summary>
    public int Width { get; } = advances.Sum();

    /// <summary>
    /// The text each glyph stands for (for the font's ToUnicode map): the first glyph of a cluster gets the
    /// cluster's characters, the other glyphs of that cluster nothing (they are still embedded).
    /// </summary>
    public IEnumerable<(ushort Glyph, string Text)> GlyphTexts(string text)
    {
        var starts = Clusters.Distinct().Order().ToArray();
        var seen = new HashSet<int>();
        for (int i = 0; i < Glyphs.Length; i++)
        {
            int start = Clusters[i];
            if (!seen.Add(start))
            {
                yield return (Glyphs[i], "");
                continue;
            }

            int next = Array.BinarySearch(starts, start) + 1;
            int end = next < starts.Length ? starts[next] : text.Length;
            yield return (Glyphs[i], text[start..Math.Max(start, end)]);
        }
    }
}
