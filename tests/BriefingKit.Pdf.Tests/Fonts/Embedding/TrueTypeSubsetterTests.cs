using BriefingKit.Pdf.Fonts.Embedding;
using static System.Buffers.Binary.BinaryPrimitives;
using static BriefingKit.Pdf.Tests.Fonts.Embedding.EmbeddingFonts;

namespace BriefingKit.Pdf.Tests.Fonts.Embedding;

/// <summary>Subsets keep glyph IDs, the kept glyphs' outlines unchanged, and nothing else.</summary>
public sealed class TrueTypeSubsetterTests
{
    static readonly int[] Used = [36, 37, 38, 72, 73, 3, 1000];

    [Fact]
    public void The_subset_keeps_glyph_ids_and_the_kept_outlines_unchanged()
    {
        var font = DejaVuSans();

        var subset = Read(TrueTypeSubsetter.Subset(font, Used));

        subset.GlyphCount.ShouldBe(font.GlyphCount);
        subset.UnitsPerEm.ShouldBe(font.UnitsPerEm);
        subset.PostScriptName.ShouldBe("Font"); // no name table: the PDF names the font
        foreach (int glyph in Used.Append(0))
        {
            var original = font.GlyphData(glyph).ToArray();
            var kept = subset.GlyphData(glyph).ToArray();
            kept[..original.Length].ShouldBe(original, $"glyph {glyph}");
            kept[original.Length..].ShouldAllBe(b => b == 0);
            kept.Length.ShouldBeLessThan(original.Length + 4);
            subset.AdvanceWidth(glyph).ShouldBe(font.AdvanceWidth(glyph));
        }

        font.GlyphData(500).IsEmpty.ShouldBeFalse();
        subset.GlyphData(500).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void A_composite_glyph_brings_its_components_transitively()
    {
        var font = DejaVuSans();
        var (composite, components) = FirstComposite(font, nested: false);

        var kept = GlyphClosure.Of(font, [composite]);
        var subset = Read(TrueTypeSubsetter.Subset(font, [composite]));

        components.ShouldNotBeEmpty();
        foreach (int component in components)
        {
            kept[component].ShouldBeTrue();
            subset.GlyphData(component).IsEmpty.ShouldBe(font.GlyphData(component).IsEmpty);
        }

        kept.Count(k => k).ShouldBe(1 + 1 + components.Distinct().Count()); // .notdef, the glyph, its parts
        var (outer, inner) = FirstComposite(font, nested: true);
        var nestedParts = inner.SelectMany(c => GlyphClosure.Components(font.GlyphData(c))).ToList();
        nestedParts.ShouldNotBeEmpty();
        GlyphClosure.Of(font, [outer]).Where((k, g) => nestedParts.Contains(g)).ShouldAllBe(k => k);
    }

    [Fact]
    public void Accented_letters_of_DejaVu_are_composites_of_their_base_and_accent()
    {
        var (book, xfont, font) = BookSans();
        using (book)
        {
            var parts = GlyphClosure.Components(font.GlyphData(Glyph(xfont, 'é')));

            parts.ShouldBe([Glyph(xfont, 'e'), Glyph(xfont, '\u00B4')], ignoreOrder: true); // e and the spacing acute
            GlyphClosure.Of(font, [Glyph(xfont, 'é')]).Count(k => k).ShouldBe(4); // with .notdef
        }
    }

    [Fact]
    public void Component_records_are_read_within_the_glyph_only()
    {
        // A composite (-1 contours, empty box) with a word-argument, scaled component of glyph 7 that says
        // more follow, then one of glyph 9 with byte arguments and a 2x2 transform, then a cut-short record.
        byte[] glyph =
        [
            0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0,
            0x00, 0x29, 0x00, 0x07, 0, 1, 0, 2, 0x40, 0x00,
            0x00, 0xA0, 0x00, 0x09, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0,
            0x00, 0x00,
        ];

        GlyphClosure.Components(glyph).ShouldBe([7, 9]);
        GlyphClosure.Components(glyph.AsSpan(0, 16)).ShouldBe([7]);
        GlyphClosure.Components(glyph.AsSpan(0, 9)).ShouldBeEmpty();
    }

    [Fact]
    public void The_file_is_well_formed()
    {
        var bytes = TrueTypeSubsetter.Subset(DejaVuSans(), Used);
        var tables = Tables(bytes);

        tables.Select(t => t.Tag).ShouldBe(["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"]);
        ReadUInt32BigEndian(bytes).ShouldBe(0x00010000u);
        foreach (var (tag, checksum, offset, length) in tables)
        {
            (offset % 4).ShouldBe(0, tag);
            var data = bytes.AsSpan(offset, (length + 3) & ~3).ToArray();
            if (tag == "head")
            {
                data.AsSpan(8, 4).Clear();
            }

            SfntWriter.Checksum(data).ShouldBe(checksum, tag);
        }

        SfntWriter.Checksum(bytes).ShouldBe(0xB1B0AFBAu);
        int[] search = [ReadUInt16BigEndian(bytes.AsSpan(6)), ReadUInt16BigEndian(bytes.AsSpan(8)), ReadUInt16BigEndian(bytes.AsSpan(10))];
        search.ShouldBe([128, 3, 16 * 9 - 128]); // searchRange, entrySelector, rangeShift for 9 tables
    }

    [Fact]
    public void The_subset_is_much_smaller_and_switches_to_short_loca()
    {
        var original = DejaVuSansBytes();
        var bytes = TrueTypeSubsetter.Subset(Read(original), Used);

        bytes.Length.ShouldBeLessThan(original.Length / 4);
        var (head, _) = Table(bytes, "head");
        ReadInt16BigEndian(bytes.AsSpan(head + 50)).ShouldBe((short)0);
        Table(bytes, "loca").Length.ShouldBe(2 * (Read(original).GlyphCount + 1));
    }

    [Fact]
    public void The_bytes_depend_only_on_the_set_of_glyphs()
    {
        var font = DejaVuSans();

        var first = TrueTypeSubsetter.Subset(font, Used);
        var again = TrueTypeSubsetter.Subset(DejaVuSans(), [.. Used.Reverse(), .. Used, 0]);

        again.ShouldBe(first);
    }

    [Fact]
    public void Glyph_ids_outside_the_font_are_ignored()
    {
        var font = DejaVuSans();

        TrueTypeSubsetter.Subset(font, [-1, 36, font.GlyphCount, 70000]).ShouldBe(TrueTypeSubsetter.Subset(font, [36]));
    }

    [Fact]
    public void A_glyph_whose_loca_offsets_leave_glyf_is_empty_rather_than_an_error()
    {
        var bytes = DejaVuSansBytes();
        var (head, _) = Table(bytes, "head");
        var (loca, _) = Table(bytes, "loca");
        bool longLoca = ReadInt16BigEndian(bytes.AsSpan(head + 50)) != 0;
        const int Broken = 36;
        if (longLoca)
        {
            WriteUInt32BigEndian(bytes.AsSpan(loca + 4 * (Broken + 1)), uint.MaxValue);
        }
        else
        {
            WriteUInt16BigEndian(bytes.AsSpan(loca + 2 * (Broken + 1)), ushort.MaxValue);
        }

        var font = Read(bytes);
        font.GlyphData(Broken).IsEmpty.ShouldBeTrue();
        var subset = Read(TrueTypeSubsetter.Subset(font, [Broken, Broken + 2]));

        subset.GlyphData(Broken).IsEmpty.ShouldBeTrue();
        subset.GlyphData(Broken + 2).ToArray().ShouldBe(font.GlyphData(Broken + 2).ToArray());
    }

    [RequiresFontFileFact(NotoArabic)]
    public void Subsets_Noto_Sans_Arabic()
    {
        var font = Read(File.ReadAllBytes(NotoArabic));
        int[] glyphs = [.. Enumerable.Range(100, 40)];

        var subset = Read(TrueTypeSubsetter.Subset(font, glyphs));

        foreach (int glyph in glyphs)
        {
            subset.GlyphData(glyph).ToArray()[..font.GlyphData(glyph).Length].ShouldBe(font.GlyphData(glyph).ToArray());
        }
    }

    [RequiresFontFileFact(DroidFallback)]
    public void Subsets_Droid_Sans_Fallback()
    {
        var original = File.ReadAllBytes(DroidFallback);
        var font = Read(original);
        int[] glyphs = [.. Enumerable.Range(1, 50).Select(i => i * 397 % font.GlyphCount)];

        var bytes = TrueTypeSubsetter.Subset(font, glyphs);

        bytes.Length.ShouldBeLessThan(original.Length / 10);
        var subset = Read(bytes);
        foreach (int g in glyphs)
        {
            subset.GlyphData(g).Length.ShouldBeGreaterThanOrEqualTo(font.GlyphData(g).Length);
        }
    }

    /// <summary>The first composite glyph whose components are simple, or (<paramref name="nested"/>) not all simple.</summary>
    static (int Glyph, List<int> Components) FirstComposite(TrueTypeFile font, bool nested)
    {
        for (int g = 0; g < font.GlyphCount; g++)
        {
            var parts = GlyphClosure.Components(font.GlyphData(g));
            bool partsComposite = parts.Any(p => GlyphClosure.Components(font.GlyphData(p)).Count > 0);
            if (parts.Count > 0 && partsComposite == nested)
            {
                return (g, parts);
            }
        }

        throw new InvalidOperationException("no such composite glyph in the font");
    }
}
