using System.Text;
using BriefingKit.Pdf.Fonts.Embedding;
using BriefingKit.Pdf.Fonts.Shaping;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace BriefingKit.Pdf.Fonts;

/// <summary>
/// The fonts of one PDF being painted: turns text into the glyph IDs a content stream draws (DejaVu faces
/// through PDFsharp's cmap lookup, fallback fonts through HarfBuzz), remembers which glyphs of which file
/// were drawn and for which characters, and at the end embeds exactly those by glyph ID
/// (<see cref="CidFontEmbedder"/>: subset, widths, ToUnicode map, so text stays selectable and searchable)
/// and gives every page a font resource dictionary.
/// </summary>
internal sealed class DocumentFonts(FontBook book)
{
    const ushort Unknown = 0xFFFF; // numGlyphs ≤ 65535, so no font has a glyph with this index

    // Indexed by the face's slot in the font book: faces sharing a file (mono italic) share a slot.
    readonly FaceGlyphs?[] _faces = new FaceGlyphs?[FontBook.Slots];

    // Per fallback file (index = Shaped - 1): each glyph drawn and the text it stands for, first seen wins.
    readonly List<SortedDictionary<int, string>> _shaped = [];

    /// <summary>The resource name a page's content uses for <paramref name="face"/>.</summary>
    public string ResourceName(FontFace face) => face.Shaped > 0 ? "/S" + face.Shaped : Glyphs(face).Resource;

    /// <summary>
    /// <paramref name="text"/> shaped in the fallback file of <paramref name="face"/>, in the given direction;
    /// its glyphs are recorded for embedding with the characters they stand for.
    /// </summary>
    public ShapedRun Shape(FontFace face, string text, bool rightToLeft)
    {
        var run = book.Shaping(face).Shape(text, rightToLeft);
        while (_shaped.Count < face.Shaped)
        {
            _shaped.Add([]);
        }

        var glyphs = _shaped[face.Shaped - 1];
        foreach (var (glyph, chars) in run.GlyphTexts(text))
        {
            // Extractors put right-to-left glyphs in reading order by reversing them character by character,
            // the characters of a ligature too (lam-alef is one glyph): stored reversed, they come out right.
            if (!glyphs.TryGetValue(glyph, out var had) || had.Length == 0)
            {
                glyphs[glyph] = rightToLeft && chars.Length > 1 ? Reversed(chars) : chars;
            }
        }

        return run;
    }

    /// <summary>Appends the glyph IDs of <paramref name="text"/> in <paramref name="face"/> to <paramref name="into"/>.</summary>
    public void Encode(FontFace face, string text, List<ushort> into)
    {
        var glyphs = Glyphs(face);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsSurrogate(c))
            {
                ushort id = glyphs.Bmp[c];
                into.Add(id != Unknown ? id : glyphs.Look(c));
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                into.Add(glyphs.Look(char.ConvertToUtf32(c, text[++i])));
            }

            // A lone surrogate has no glyph; PDFsharp skips it too.
        }
    }

    static string Reversed(string text) => string.Concat(text.EnumerateRunes().Reverse().Select(r => r.ToString()));

    /// <summary>
    /// Embeds the drawn characters of every face used and gives each page the font resources its content
    /// names (<paramref name="facesByPage"/>: the slots each page drew with, in page order).
    /// </summary>
    public void Embed(PdfDocument document, IReadOnlyList<IReadOnlySet<int>> facesByPage)
    {
        // A face asked only for empty text drew nothing and is not embedded (no page names it).
        var used = _faces.Where(f => f is { Drawn.Length: > 0 }).Select(f => f!).ToList();
        if (used.Count == 0 && _shaped.Count == 0)
        {
            return;
        }

        // Our own embedding keeps every glyph a drawn one is made of: PDFsharp's subsetter follows composite
        // glyphs one level only, and DejaVu's 'έ' is an accent over an 'ε' that is itself a composite.
        var references = new Dictionary<int, PdfItem>();
        var viaPdfSharp = new List<FaceGlyphs>();
        foreach (var face in used)
        {
            if (face.File.Embeddable is { } file)
            {
                references[face.Slot] = CidFontEmbedder.Embed(document, file, face.DrawnGlyphs()).Reference!;
            }
            else
            {
                viaPdfSharp.Add(face); // not TrueType outlines: PDFsharp subsets it by character
            }
        }

        if (viaPdfSharp.Count > 0)
        {
            foreach (var (slot, reference) in References(document, viaPdfSharp))
            {
                references[slot] = reference;
            }

            foreach (var face in viaPdfSharp)
            {
                document.AddCharacters(face.Font, face.Drawn.ToString());
            }
        }

        var shaped = new Dictionary<int, (string Name, PdfItem Reference)>();
        for (int i = 0; i < _shaped.Count; i++)
        {
            if (_shaped[i].Count > 0 && book.ShapingFonts[i].Font.Embeddable is { } file)
            {
                var font = CidFontEmbedder.Embed(document, file, _shaped[i]);
                shaped[FontBook.Slots + i] = ("/S" + (i + 1), font.Reference!);
            }
        }


        for (int i = 0; i < facesByPage.Count; i++)
        {
            var fonts = new PdfDictionary(document);
            foreach (int slot in facesByPage[i].Order())
            {
                if (slot < FontBook.Slots)
                {
                    fonts.Elements[_faces[slot]!.Resource] = references[slot];
                }
                else if (shaped.TryGetValue(slot, out var font))
                {
                    fonts.Elements[font.Name] = font.Reference;
                }
            }

            document.Pages[i].Resources.Elements["/Font"] = fonts;
        }
    }

    FaceGlyphs Glyphs(FontFace face)
    {
        int slot = FontBook.Slot(face);
        return _faces[slot] ??= new FaceGlyphs(book.GetFont(face, 10), book.FileOf(face), slot);
    }

    /// <summary>
    /// The indirect reference of each used face's PDF font. PDFsharp creates a page's font objects only when
    /// text is drawn there with <c>XGraphics</c>, so one character per face is drawn on a scratch page that
    /// is then removed; the save drops the scratch page and its content as unreachable.
    /// </summary>
    static Dictionary<int, PdfItem> References(PdfDocument document, List<FaceGlyphs> used)
    {
        var scratch = document.AddPage();
        var references = new Dictionary<int, PdfItem>();
        using (var graphics = XGraphics.FromPdfPage(scratch))
        {
            foreach (var face in used)
            {
                var before = scratch.Resources.Elements.GetDictionary("/Font")?.Elements.Keys.ToHashSet() ?? [];
                graphics.DrawString(face.FirstDrawn, face.Font, XBrushes.Black, 0, 0);
                var added = scratch.Resources.Elements.GetDictionary("/Font")!.Elements.Single(e => !before.Contains(e.Key));
                references[face.Slot] = added.Value!;
            }
        }

        document.Pages.Remove(scratch);
        return references;
    }

    sealed class FaceGlyphs
    {
        readonly Dictionary<int, ushort> _supplementary = [];

        public FaceGlyphs(XFont font, LoadedFont file, int slot)
        {
            Font = font;
            File = file;
            Slot = slot;
            Resource = "/F" + slot;
            Array.Fill(Bmp, Unknown);
        }

        public XFont Font { get; }

        /// <summary>The face's file, embedded by glyph ID when it has TrueType outlines.</summary>
        public LoadedFont File { get; }

        /// <summary>The face's file slot in the font book (<see cref="FontBook.Slot"/>).</summary>
        public int Slot { get; }

        public string Resource { get; }

        /// <summary>Glyph ID per BMP character, <see cref="Unknown"/> until first drawn.</summary>
        public ushort[] Bmp { get; } = new ushort[65536];

        /// <summary>Every character drawn, once each, in the order first drawn.</summary>
        public StringBuilder Drawn { get; } = new();

        public string FirstDrawn => char.IsHighSurrogate(Drawn[0]) ? Drawn.ToString(0, 2) : Drawn.ToString(0, 1);

        /// <summary>Each glyph drawn with the character it was drawn for (the first, when several share one); .notdef left out.</summary>
        public SortedDictionary<int, string> DrawnGlyphs()
        {
            var glyphs = new SortedDictionary<int, string>();
            foreach (var rune in Drawn.ToString().EnumerateRunes())
            {
                ushort id = Look(rune.Value);
                if (id != 0)
                {
                    glyphs.TryAdd(id, rune.ToString());
                }
            }

            return glyphs;
        }

        /// <summary>Looks a code point up with PDFsharp (first use only) and records it as drawn.</summary>
        public ushort Look(int codePoint)
        {
            if (codePoint < 0x10000)
            {
                ref ushort id = ref Bmp[codePoint];
                if (id == Unknown)
                {
                    id = GlyphHelper.GlyphIndexFromCodePoint(codePoint, Font);
                    Drawn.Append((char)codePoint);
                }

                return id;
            }

            if (!_supplementary.TryGetValue(codePoint, out var glyph))
            {
                glyph = GlyphHelper.GlyphIndexFromCodePoint(codePoint, Font);
                _supplementary[codePoint] = glyph;
                Drawn.Append(char.ConvertFromUtf32(codePoint));
            }

            return glyph;
        }
    }
}
