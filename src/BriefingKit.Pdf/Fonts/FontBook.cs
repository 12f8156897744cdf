using BriefingKit.Pdf.Fonts.Shaping;
using BriefingKit.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BriefingKit.Pdf.Fonts;

/// <summary>
/// The faces of one render: where each came from, which characters it covers, and text widths
/// measured with PDFsharp's own metrics (so wrapping matches what is drawn). Not thread-safe:
/// one render, one book.
/// </summary>
internal sealed class FontBook : ITextMeasurer, IDisposable
{
    // Widths are measured once per string at this size and scaled: PDFsharp applies no kerning,
    // so advance widths are linear in the size.
    const double ReferenceSize = 100;

    readonly Dictionary<FontFace, LoadedFace> _faces = [];
    FallbackFonts _fallbacks = new(new Dictionary<string, string>());
    readonly GlyphCoverage[] _coverage = new GlyphCoverage[Slots];
    readonly Dictionary<(FontFace, double), XFont> _fonts = [];
    readonly Dictionary<FontFace, Dictionary<string, double>> _widths = [];
    FontFace? _lastFace;
    Dictionary<string, double> _lastWidths = [];
    readonly XGraphics _measure;
    static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    FontBook()
    {
        _measure = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    /// <summary>Locates and registers every face. PDFsharp must be initialised first.</summary>
    public static FontBook Load(IReadOnlyList<string> fontFolders, DiagnosticBag diagnostics)
    {
        var book = new FontBook();
        var configured = FontLocator.IndexConfigured(fontFolders, diagnostics);
        foreach (var face in FontFace.All)
        {
            var (font, origin) = FontLocator.Locate(face, configured, diagnostics);
            book._faces[face] = new LoadedFace(font, origin);
            book._coverage[Slot(face)] = font.Coverage;
        }

        book._fallbacks = new FallbackFonts(configured);
        return book;
    }

    public IEnumerable<(FontFace Face, string Origin)> Origins => _faces.Select(f => (f.Key, f.Value.Origin));

    /// <summary>
    /// The SHA-256 of each face's file and of every fallback file chosen, so the document ID changes when the
    /// fonts do. Complete once the briefing's text has been built (fallbacks are chosen as text is read).
    /// </summary>
    public IEnumerable<byte[]> FaceHashes =>
        FontFace.All.Select(f => _faces[f].Font.Sha256).Concat(_fallbacks.Fonts.Select(f => f.Font.Sha256));

    public bool Covers(FontFace face, int codePoint) =>
        face.Shaped > 0 ? Shaping(face).Font.Coverage.Contains(codePoint) : _coverage[Slot(face)].Contains(codePoint);

    /// <summary>The fallback file to shape <paramref name="codePoint"/> in, for text in <paramref name="face"/> (0: none has it).</summary>
    public int ShapingFontFor(FontFace face, int codePoint) =>
        _fallbacks.For(face.Book, codePoint, f => (Loaded(f).Font, Loaded(f).Origin));

    /// <summary>The DejaVu file behind a face.</summary>
    public LoadedFont FileOf(FontFace face) => Loaded(face).Font;

    /// <summary>The fallback file behind a shaped face.</summary>
    public ShapingFont Shaping(FontFace face) => _fallbacks.Fonts[face.Shaped - 1];

    /// <summary>Every fallback file chosen so far, in the order chosen.</summary>
    public IReadOnlyList<ShapingFont> ShapingFonts => _fallbacks.Fonts;

    public XFont GetFont(FontFace face, double size)
    {
        if (!_fonts.TryGetValue((face, size), out var font))
        {
            // Each face is its own registered family, so the style is always Regular here.
            font = new XFont(Loaded(face).Font.Family, size, XFontStyleEx.Regular, Unicode);
            _fonts[(face, size)] = font;
        }

        return font;
    }

    public double Width(string text, FontFace face, double size) => Width(text.AsSpan(), text, face, size);

    public double Width(ReadOnlySpan<char> text, FontFace face, double size) => Width(text, null, face, size);

    // Reference widths are cached per face by text; a slice is looked up by its characters, and only a
    // text measured for the first time becomes a string (the given one when there is one).
    double Width(ReadOnlySpan<char> text, string? whole, FontFace face, double size)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        if (face.Shaped > 0)
        {
            return Shaping(face).Width(whole ?? text.ToString(), size);
        }

        var widths = WidthsOf(face);
#if NET9_0_OR_GREATER
        if (!widths.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out double width))
#else
        whole ??= text.ToString(); // .NET 8 has no lookup by span: the slice becomes a string first
        if (!widths.TryGetValue(whole, out double width))
#endif
        {
            string key = whole ?? text.ToString();
            width = _measure.MeasureString(key, GetFont(face, ReferenceSize)).Width;
            widths.Add(key, width);
        }

        return width * size / ReferenceSize;
    }

    Dictionary<string, double> WidthsOf(FontFace face)
    {
        // Consecutive measurements nearly always share a face: skip the lookup then.
        if (_lastFace != face)
        {
            if (!_widths.TryGetValue(face, out var widths))
            {
                widths = new Dictionary<string, double>(StringComparer.Ordinal);
                _widths.Add(face, widths);
            }

            (_lastFace, _lastWidths) = (face, widths);
        }

        return _lastWidths;
    }

    public VerticalMetrics Vertical(FontFace face, double size)
    {
        var m = GetFont(face.Book, ReferenceSize).Metrics;
        double scale = size / m.UnitsPerEm;
        return new VerticalMetrics(m.Ascent * scale, m.Descent * scale);
    }

    public void Dispose() => _measure.Dispose();

    /// <summary>How many distinct font files a briefing can use (see <see cref="Slot"/>): 3 families × bold × italic.</summary>
    public const int Slots = 12;

    /// <summary>
    /// The index of the file behind <paramref name="face"/>: faces sharing a file share a slot. Covers is asked once
    /// per character of the briefing, so faces are indexed, not hashed. Mono has no italics: an italic mono face
    /// shares the upright one's slot, as in Loaded.
    /// </summary>
    public static int Slot(FontFace face) => face.Shaped > 0 ? Slots + face.Shaped - 1 :
        ((int)face.Family * 4) + (face.Bold ? 2 : 0) + (face.Italic && face.Family != FontFamilyRole.Mono ? 1 : 0);

    LoadedFace Loaded(FontFace face) => _faces[face.Family == FontFamilyRole.Mono ? face.Book with { Italic = false } : face.Book];

    sealed record LoadedFace(LoadedFont Font, string Origin);
}
