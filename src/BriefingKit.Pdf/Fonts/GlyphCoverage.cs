using System.Buffers.Binary;

namespace BriefingKit.Pdf.Fonts;

/// <summary>
/// Which Unicode code points a TrueType font maps to a glyph, read from its <c>cmap</c> table
/// (formats 4 and 12). PDFsharp silently draws .notdef for unmapped characters; this lets the
/// renderer fall back to another face or report the character instead.
/// </summary>
internal sealed class GlyphCoverage
{
    // Code points below this are looked up in a bitmap (256 bytes) built with the ranges: text is
    // checked character by character, and nearly all of it is Latin, Greek, Cyrillic or punctuation.
    const int DirectLimit = 0x800;
    readonly List<(int Start, int End)> _ranges;
    readonly ulong[] _direct = new ulong[DirectLimit / 64];

    GlyphCoverage(List<(int Start, int End)> ranges)
    {
        _ranges = ranges;
        foreach (var (start, end) in ranges)
        {
            for (int c = Math.Max(start, 0); c <= end && c < DirectLimit; c++)
            {
                _direct[c >> 6] |= 1UL << (c & 63);
            }
        }
    }

    /// <summary>Covers nothing: an unreadable font.</summary>
    public static GlyphCoverage Empty { get; } = new([]);

    public bool Contains(int codePoint) =>
        (uint)codePoint < DirectLimit
            ? (_direct[codePoint >> 6] & (1UL << (codePoint & 63))) != 0
            : InRanges(codePoint);

    bool InRanges(int codePoint)
    {
        int lo = 0, hi = _ranges.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var (start, end) = _ranges[mid];
            if (codePoint < start)
            {
                hi = mid - 1;
            }
            else if (codePoint > end)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the best Unicode subtable; a font without one covers nothing.</summary>
    public static GlyphCoverage Read(ReadOnlySpan<byte> font)
    {
        var ranges = new List<(int, int)>();
        int cmap = FindTable(font, "cmap");
        if (cmap >= 0)
        {
            int sub = BestSubtable(font, cmap);
            if (sub >= 0)
            {
                ushort format = U16(font, sub);
                if (format == 12)
                {
                    ReadFormat12(font, sub, ranges);
                }
                else if (format == 4)
                {
                    ReadFormat4(font, sub, ranges);
                }
            }
        }

        ranges.Sort();
        return new GlyphCoverage(Merge(ranges));
    }

    static int FindTable(ReadOnlySpan<byte> font, string tag)
    {
        int count = U16(font, 4);
        for (int i = 0; i < count; i++)
        {
            int rec = 12 + (16 * i);
            if (font[rec] == tag[0] && font[rec + 1] == tag[1] && font[rec + 2] == tag[2] && font[rec + 3] == tag[3])
            {
                return (int)U32(font, rec + 8);
            }
        }

        return -1;
    }

    // Prefers the full-repertoire table (3,10) over the BMP one (3,1 / 0,x).
    static int BestSubtable(ReadOnlySpan<byte> font, int cmap)
    {
        int count = U16(font, cmap + 2), best = -1, bestRank = 0;
        for (int i = 0; i < count; i++)
        {
            int rec = cmap + 4 + (8 * i);
            ushort platform = U16(font, rec), encoding = U16(font, rec + 2);
            int offset = cmap + (int)U32(font, rec + 4);
            ushort format = U16(font, offset);
            int rank = (platform, encoding, format) switch
            {
                (3, 10, 12) => 4,
                (0, _, 12) => 3,
                (3, 1, 4) => 2,
                (0, _, 4) => 1,
                _ => 0,
            };
            if (rank > bestRank)
            {
                (best, bestRank) = (offset, rank);
            }
        }

        return best;
    }

    static void ReadFormat4(ReadOnlySpan<byte> font, int sub, List<(int, int)> ranges)
    {
        int segCount = U16(font, sub + 6) / 2;
        int ends = sub + 14, starts = ends + (2 * segCount) + 2, deltas = starts + (2 * segCount), offsets = deltas + (2 * segCount);
        for (int s = 0; s < segCount; s++)
        {
            int end = U16(font, ends + (2 * s)), start = U16(font, starts + (2 * s));
            short delta = (short)U16(font, deltas + (2 * s));
            int rangeOffset = U16(font, offsets + (2 * s));
            for (int c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    int at = offsets + (2 * s) + rangeOffset + (2 * (c - start));
                    glyph = at + 1 < font.Length ? U16(font, at) : 0;
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0)
                {
                    ranges.Add((c, c));
                }
            }
        }
    }

    static void ReadFormat12(ReadOnlySpan<byte> font, int sub, List<(int, int)> ranges)
    {
        long groups = U32(font, sub + 12);
        for (long g = 0; g < groups; g++)
        {
            int rec = sub + 16 + (int)(12 * g);
            ranges.Add(((int)U32(font, rec), (int)U32(font, rec + 4)));
        }
    }

    static List<(int, int)> Merge(List<(int Start, int End)> sorted)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var r in sorted)
        {
            if (merged.Count > 0 && r.Start <= merged[^1].End + 1)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, r.End));
            }
            else
            {
                merged.Add(r);
            }
        }

        return merged;
    }

    static ushort U16(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt16BigEndian(b[at..]);

    static uint U32(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt32BigEndian(b[at..]);
}
