using System.Text;
using static System.Buffers.Binary.BinaryPrimitives;

namespace BriefingKit.Pdf.Fonts.Embedding;

/// <summary>
/// Just enough of a TrueType-outline font to subset it by glyph ID and describe it to a PDF: the table
/// directory, metrics, glyph locations and the PostScript name. Read once and validated up front, so that
/// a bad file is a reason returned by <see cref="TryRead"/>, never an exception while a PDF is written.
/// </summary>
internal sealed class TrueTypeFile
{
    readonly byte[] _bytes;
    readonly Dictionary<string, (int Offset, int Length)> _tables;
    readonly int[] _loca; // GlyphCount + 1 offsets into glyf, validated lazily per glyph

    TrueTypeFile(byte[] bytes, Dictionary<string, (int Offset, int Length)> tables, int[] loca)
    {
        _bytes = bytes;
        _tables = tables;
        _loca = loca;
    }

    public int GlyphCount { get; private init; }

    public int UnitsPerEm { get; private init; }

    public string PostScriptName { get; private init; } = "Font";

    /// <summary>hhea ascender and descender (descender is negative), in font units.</summary>
    public int Ascent { get; private init; }

    public int Descent { get; private init; }

    /// <summary>OS/2 sCapHeight when the table has it (version 2 and later), else the ascent.</summary>
    public int CapHeight { get; private init; }

    /// <summary>head's xMin, yMin, xMax, yMax: the box enclosing every glyph, in font units.</summary>
    public (int XMin, int YMin, int XMax, int YMax) BoundingBox { get; private init; }

    /// <summary>post italicAngle in degrees (counter-clockwise from vertical; negative leans right).</summary>
    public double ItalicAngle { get; private init; }

    public bool IsFixedPitch { get; private init; }

    /// <summary>head macStyle italic bit, or a non-zero italic angle.</summary>
    public bool IsItalic { get; private init; }

    /// <summary>OS/2 usWeightClass (400 regular, 700 bold); 400 without an OS/2 table.</summary>
    public int WeightClass { get; private init; } = 400;

    /// <summary>hmtx entries with their own advance; later glyphs share the last one.</summary>
    public int NumberOfHMetrics { get; private init; }

    /// <summary>Parses the face at <paramref name="index"/> (0 unless the file is a .ttc collection).</summary>
    public static bool TryRead(byte[] bytes, int index, out TrueTypeFile? font, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        font = Read(bytes, index, out problem);
        return font is not null;
    }

    /// <summary>Advance width in font units; glyphs outside the font have none (0).</summary>
    public int AdvanceWidth(int glyph)
    {
        if (glyph < 0 || glyph >= GlyphCount)
        {
            return 0;
        }

        var hmtx = Table("hmtx");
        return ReadUInt16BigEndian(hmtx[(Math.Min(glyph, NumberOfHMetrics - 1) * 4)..]);
    }

    /// <summary>A glyph's glyf bytes as loca locates them; empty for an empty glyph or offsets outside glyf.</summary>
    public ReadOnlySpan<byte> GlyphData(int glyph)
    {
        if (glyph < 0 || glyph >= GlyphCount)
        {
            return [];
        }

        var glyf = Table("glyf");
        int start = _loca[glyph], end = _loca[glyph + 1];
        return start >= 0 && start <= end && end <= glyf.Length ? glyf[start..end] : [];
    }

    public bool HasTable(string tag) => _tables.ContainsKey(tag);

    /// <summary>The bytes of a table (validated to lie inside the file); empty when absent.</summary>
    public ReadOnlySpan<byte> Table(string tag) => Slice(_bytes, _tables, tag);

    static TrueTypeFile? Read(byte[] bytes, int index, out string? problem)
    {
        problem = Header(bytes, index, out int face);
        if (problem is not null)
        {
            return null;
        }

        var tables = Directory(bytes, face, out problem);
        if (tables is null)
        {
            return null;
        }

        foreach (var required in (string[])["head", "hhea", "maxp", "hmtx", "loca", "glyf"])
        {
            if (!tables.ContainsKey(required))
            {
                problem = $"the font has no '{required}' table";
                return null;
            }
        }

        return Build(bytes, tables, out problem);
    }

    /// <summary>Finds the face's offset table (inside a collection too) and checks it has TrueType outlines.</summary>
    static string? Header(byte[] bytes, int index, out int face)
    {
        face = 0;
        if (bytes.Length < 12)
        {
            return "the file is too short to be a font";
        }

        if (ReadUInt32BigEndian(bytes) == Tag("ttcf"))
        {
            uint count = ReadUInt32BigEndian(bytes.AsSpan(8));
            if (index < 0 || index >= count)
            {
                return $"the collection has {count} faces; face {index} does not exist";
            }

            if (bytes.Length < 12 + 4 * (index + 1))
            {
                return "the collection header is cut short";
            }

            uint offset = ReadUInt32BigEndian(bytes.AsSpan(12 + 4 * index));
            if (offset > bytes.Length - 12)
            {
                return $"face {index} of the collection lies outside the file";
            }

            face = (int)offset;
        }
        else if (index != 0)
        {
            return $"the file is a single font, not a collection; face {index} does not exist";
        }

        uint version = ReadUInt32BigEndian(bytes.AsSpan(face));
        if (version == Tag("OTTO"))
        {
            return "the font has CFF (PostScript) outlines; only TrueType outlines can be embedded";
        }

        if (version != 0x00010000 && version != Tag("true"))
        {
            return "the file is not a TrueType font";
        }

        return face + 12 <= bytes.Length ? null : "the font header is cut short";
    }

    static Dictionary<string, (int Offset, int Length)>? Directory(byte[] bytes, int face, out string? problem)
    {
        int count = ReadUInt16BigEndian(bytes.AsSpan(face + 4));
        if (face + 12 + 16 * count > bytes.Length)
        {
            problem = "the table directory is cut short";
            return null;
        }

        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            var record = bytes.AsSpan(face + 12 + 16 * i, 16);
            string tag = Encoding.Latin1.GetString(record[..4]);
            uint offset = ReadUInt32BigEndian(record[8..]), length = ReadUInt32BigEndian(record[12..]);
            if (offset > bytes.Length || length > bytes.Length - offset)
            {
                problem = $"the '{tag}' table lies outside the file (truncated or corrupt)";
                return null;
            }

            tables.TryAdd(tag, ((int)offset, (int)length));
        }

        problem = null;
        return tables;
    }

    static TrueTypeFile? Build(byte[] bytes, Dictionary<string, (int Offset, int Length)> tables, out string? problem)
    {
        problem = Problem(bytes, tables);
        return problem is null ? Parse(bytes, tables) : null;
    }

    /// <summary>Checks the tables <see cref="Parse"/> reads are long enough and consistent with each other.</summary>
    static string? Problem(byte[] bytes, Dictionary<string, (int Offset, int Length)> tables)
    {
        var head = Slice(bytes, tables, "head");
        var hhea = Slice(bytes, tables, "hhea");
        var maxp = Slice(bytes, tables, "maxp");
        if (head.Length < 54 || hhea.Length < 36 || maxp.Length < 6)
        {
            return "the 'head', 'hhea' or 'maxp' table is cut short";
        }

        int unitsPerEm = ReadUInt16BigEndian(head[18..]);
        int glyphCount = ReadUInt16BigEndian(maxp[4..]);
        int hMetrics = Math.Min(ReadUInt16BigEndian(hhea[34..]), glyphCount);
        if (unitsPerEm is < 16 or > 16384 || glyphCount == 0 || hMetrics == 0)
        {
            return "the font's units per em, glyph count or horizontal metrics count is invalid";
        }

        // Each glyph has an entry: advance + side bearing for the first hMetrics, side bearing only after.
        if (Slice(bytes, tables, "hmtx").Length < 4 * hMetrics + 2 * (glyphCount - hMetrics))
        {
            return "the 'hmtx' table is shorter than the glyph count needs";
        }

        bool longLoca = ReadInt16BigEndian(head[50..]) != 0;
        return Slice(bytes, tables, "loca").Length < (glyphCount + 1) * (longLoca ? 4 : 2)
            ? "the 'loca' table is shorter than the glyph count needs"
            : null;
    }

    static TrueTypeFile Parse(byte[] bytes, Dictionary<string, (int Offset, int Length)> tables)
    {
        var head = Slice(bytes, tables, "head");
        var hhea = Slice(bytes, tables, "hhea");
        var post = Slice(bytes, tables, "post");
        var os2 = Slice(bytes, tables, "OS/2");
        int glyphCount = ReadUInt16BigEndian(Slice(bytes, tables, "maxp")[4..]);
        int ascent = ReadInt16BigEndian(hhea[4..]);
        int capHeight = os2.Length >= 90 && ReadUInt16BigEndian(os2) >= 2 ? ReadInt16BigEndian(os2[88..]) : 0;
        double italicAngle = post.Length >= 16 ? ReadInt32BigEndian(post[4..]) / 65536.0 : 0;
        return new TrueTypeFile(bytes, tables, Loca(Slice(bytes, tables, "loca"), glyphCount, ReadInt16BigEndian(head[50..]) != 0))
        {
            GlyphCount = glyphCount,
            UnitsPerEm = ReadUInt16BigEndian(head[18..]),
            NumberOfHMetrics = Math.Min(ReadUInt16BigEndian(hhea[34..]), glyphCount),
            PostScriptName = NameTable.PostScriptName(Slice(bytes, tables, "name")),
            Ascent = ascent,
            Descent = ReadInt16BigEndian(hhea[6..]),
            CapHeight = capHeight > 0 ? capHeight : ascent,
            BoundingBox = (ReadInt16BigEndian(head[36..]), ReadInt16BigEndian(head[38..]), ReadInt16BigEndian(head[40..]), ReadInt16BigEndian(head[42..])),
            ItalicAngle = italicAngle,
            IsFixedPitch = post.Length >= 16 && ReadUInt32BigEndian(post[12..]) != 0,
            IsItalic = (ReadUInt16BigEndian(head[44..]) & 2) != 0 || italicAngle != 0,
            WeightClass = os2.Length >= 6 && ReadUInt16BigEndian(os2[4..]) is >= 1 and <= 1000 and var weight ? weight : 400,
        };
    }

    static int[] Loca(ReadOnlySpan<byte> loca, int glyphCount, bool longFormat)
    {
        var offsets = new int[glyphCount + 1];
        for (int i = 0; i <= glyphCount; i++)
        {
            // A long offset beyond int range becomes -1, which GlyphData treats as an empty glyph.
            uint offset = longFormat ? ReadUInt32BigEndian(loca[(4 * i)..]) : 2u * ReadUInt16BigEndian(loca[(2 * i)..]);
            offsets[i] = offset <= int.MaxValue ? (int)offset : -1;
        }

        return offsets;
    }

    static ReadOnlySpan<byte> Slice(byte[] bytes, Dictionary<string, (int Offset, int Length)> tables, string tag) =>
        tables.TryGetValue(tag, out var t) ? bytes.AsSpan(t.Offset, t.Length) : [];

    static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);
}
