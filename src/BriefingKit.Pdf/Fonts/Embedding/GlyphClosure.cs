using static System.Buffers.Binary.BinaryPrimitives;

namespace BriefingKit.Pdf.Fonts.Embedding;

/// <summary>
/// The glyphs a subset must keep: the requested ones that exist, .notdef, and every component of a
/// composite glyph, transitively. Each glyph is visited once, so a malformed font whose composites refer
/// to each other (or themselves) still ends; component records are read only within the glyph's bytes.
/// </summary>
internal static class GlyphClosure
{
    // Composite glyph flags (OpenType 'glyf'): argument size, the optional transform, more to come.
    const int ArgsAreWords = 0x0001, HaveScale = 0x0008, MoreComponents = 0x0020, HaveXYScale = 0x0040, HaveTwoByTwo = 0x0080;
    const int HeaderLength = 10; // numberOfContours + bounding box

    /// <summary>Which glyph IDs to keep, indexed by glyph ID.</summary>
    public static bool[] Of(TrueTypeFile font, IEnumerable<int> glyphs)
    {
        var kept = new bool[font.GlyphCount];
        var pending = new Stack<int>();
        void Keep(int glyph)
        {
            if (glyph >= 0 && glyph < kept.Length && !kept[glyph])
            {
                kept[glyph] = true;
                pending.Push(glyph);
            }
        }

        Keep(0);
        foreach (int glyph in glyphs)
        {
            Keep(glyph);
        }

        while (pending.TryPop(out int glyph))
        {
            foreach (int component in Components(font.GlyphData(glyph)))
            {
                Keep(component);
            }
        }

        return kept;
    }

    /// <summary>The glyph IDs a composite glyph refers to, in order; none for a simple or empty glyph.</summary>
    public static List<int> Components(ReadOnlySpan<byte> glyph)
    {
        var components = new List<int>();
        if (glyph.Length < HeaderLength || ReadInt16BigEndian(glyph) >= 0)
        {
            return components;
        }

        int flags = MoreComponents, at = HeaderLength;
        while ((flags & MoreComponents) != 0 && at + 4 <= glyph.Length)
        {
            flags = ReadUInt16BigEndian(glyph[at..]);
            components.Add(ReadUInt16BigEndian(glyph[(at + 2)..]));
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            at += (flags & HaveTwoByTwo) != 0 ? 8 : (flags & HaveXYScale) != 0 ? 4 : (flags & HaveScale) != 0 ? 2 : 0;
        }

        return components;
    }
}
