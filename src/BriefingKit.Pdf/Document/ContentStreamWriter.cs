using System.Buffers;
using System.Globalization;
using BriefingKit.Pdf.Fonts.Shaping;
using BriefingKit.Pdf.Layout;

namespace BriefingKit.Pdf.Document;

/// <summary>
/// Writes one page's content stream: the PDF operators for text (<c>BT Tf rg Tm Tj ET</c>), filled and
/// stroked rectangles (<c>re f</c>, <c>re B</c>) and lines (<c>m l S</c>), in layout coordinates (origin
/// top-left, y down) turned into PDF user space. Font, colour and line width are written only when they
/// change. Numbers are invariant with at most four decimals, so the bytes depend on the layout alone.
/// </summary>
/// <remarks>
/// PDFsharp's <c>XGraphics.DrawString</c> does the same job per call with a fixed cost (event arguments,
/// code-point and glyph arrays, a formatted hex string) that a briefing's many short fragments paid ~15,000
/// times per 1,000 facts; here a fragment is its glyph IDs written straight into the buffer.
/// </remarks>
internal sealed class ContentStreamWriter(double pageHeight)
{
    static readonly byte[] HexDigits = "0123456789abcdef"u8.ToArray();

    readonly ArrayBufferWriter<byte> _out = new(16 * 1024);
    bool _inText;
    string? _font;
    double _size;
    Rgb? _fill;
    Rgb? _stroke;
    double _lineWidth = 1; // the PDF default

    /// <summary>Glyph IDs drawn with <paramref name="fontResource"/> at <paramref name="size"/>, the baseline starting at (x, baseline).</summary>
    public void Text(string fontResource, double size, Rgb color, double x, double baseline, ReadOnlySpan<ushort> glyphs)
    {
        StartText(fontResource, size, color, x, baseline);
        Raw(" Tm <"u8);
        var hex = _out.GetSpan(glyphs.Length * 4);
        for (int i = 0; i < glyphs.Length; i++)
        {
            ushort g = glyphs[i];
            hex[(i * 4) + 0] = HexDigits[g >> 12];
            hex[(i * 4) + 1] = HexDigits[(g >> 8) & 0xF];
            hex[(i * 4) + 2] = HexDigits[(g >> 4) & 0xF];
            hex[(i * 4) + 3] = HexDigits[g & 0xF];
        }

        _out.Advance(glyphs.Length * 4);
        Raw("> Tj\n"u8);
    }

    // Opens a text object if needed, sets font and colour when they change, and writes the text matrix's numbers (not "Tm").
    void StartText(string fontResource, double size, Rgb color, double x, double baseline)
    {
        if (!_inText)
        {
            Raw("BT\n"u8);
            _inText = true;
            _font = null; // written again in each text object, for readers that keep it per object
        }

        if (_font != fontResource || _size != size)
        {
            Name(fontResource);
            Number(size);
            Raw(" Tf\n"u8);
            (_font, _size) = (fontResource, size);
        }

        Fill(color);
        Raw("1 0 0 1"u8);
        Number(x);
        Number(pageHeight - baseline);
    }

    /// <summary>
    /// Shaped glyphs (visual order) placed by their own advances and offsets: a <c>TJ</c> array whose numbers
    /// correct each glyph's default width to the shaped advance, and text rise (<c>Ts</c>) for marks set above
    /// or below. Left-to-right text is marked with its logical text (<c>/ActualText</c>), so conjuncts and
    /// reordered vowel signs copy and search as the characters they were made from. Right-to-left text is not:
    /// extractors put its glyphs in reading order themselves (each glyph maps to its characters through the
    /// font's ToUnicode map), and reverse an ActualText a second time.
    /// </summary>
    public void ShapedText(string fontResource, double size, Rgb color, double x, double baseline, ShapedRun run, Func<int, int> defaultAdvance, int unitsPerEm, string? actualText)
    {
        StartText(fontResource, size, color, x, baseline);
        Raw(" Tm\n"u8);
        if (actualText is not null)
        {
            Raw("/Span <</ActualText <FEFF"u8);
            foreach (char c in actualText)
            {
                Hex(c);
            }

            Raw(">>> BDC\n"u8);
        }

        Raw("["u8);
        double scale = 1000.0 / unitsPerEm;
        int rise = 0;
        double pending = 0; // TJ adjustment not yet written, in thousandths of an em
        for (int i = 0; i < run.Glyphs.Length; i++)
        {
            int dx = run.XOffsets[i], dy = run.YOffsets[i];
            if (dy != rise)
            {
                Adjust(ref pending);
                Raw("] TJ"u8);
                Number(dy * size / unitsPerEm);
                Raw(" Ts\n["u8);
                rise = dy;
            }

            pending -= dx * scale;
            Adjust(ref pending);
            Raw("<"u8);
            Hex((char)run.Glyphs[i]);
            Raw(">"u8);
            pending += (defaultAdvance(run.Glyphs[i]) + dx - run.Advances[i]) * scale;
        }

        Raw("] TJ\n"u8);
        if (rise != 0)
        {
            Raw("0 Ts\n"u8);
        }

        if (actualText is not null)
        {
            Raw("EMC\n"u8);
        }
    }

    void Adjust(ref double pending)
    {
        if (Math.Abs(pending) >= 0.0001)
        {
            Number(pending);
        }

        pending = 0;
    }

    void Hex(char c)
    {
        var hex = _out.GetSpan(4);
        hex[0] = HexDigits[c >> 12];
        hex[1] = HexDigits[(c >> 8) & 0xF];
        hex[2] = HexDigits[(c >> 4) & 0xF];
        hex[3] = HexDigits[c & 0xF];
        _out.Advance(4);
    }

    /// <summary>A filled rectangle, outlined too when <paramref name="stroke"/> is given.</summary>
    public void Rectangle(Rgb fill, Rgb? stroke, double strokeWidth, double x, double y, double width, double height)
    {
        EndText();
        Fill(fill);
        if (stroke is { } s)
        {
            Stroke(s, strokeWidth);
        }

        Number(x, leadingSpace: false);
        Number(pageHeight - y - height);
        Number(width);
        Number(height);
        Raw(stroke is null ? " re f\n"u8 : " re B\n"u8);
    }

    public void Line(Rgb color, double thickness, double x1, double y1, double x2, double y2)
    {
        EndText();
        Stroke(color, thickness);
        Number(x1, leadingSpace: false);
        Number(pageHeight - y1);
        Raw(" m"u8);
        Number(x2);
        Number(pageHeight - y2);
        Raw(" l S\n"u8);
    }

    /// <summary>The finished stream.</summary>
    public byte[] ToArray()
    {
        EndText();
        return _out.WrittenSpan.ToArray();
    }

    void EndText()
    {
        if (_inText)
        {
            Raw("ET\n"u8);
            _inText = false;
        }
    }

    void Fill(Rgb color)
    {
        if (_fill != color)
        {
            Color(color);
            Raw(" rg\n"u8);
            _fill = color;
        }
    }

    void Stroke(Rgb color, double width)
    {
        if (_lineWidth != width)
        {
            Number(width, leadingSpace: false);
            Raw(" w\n"u8);
            _lineWidth = width;
        }

        if (_stroke != color)
        {
            Color(color);
            Raw(" RG\n"u8);
            _stroke = color;
        }
    }

    void Color(Rgb c)
    {
        Component(c.R, leadingSpace: false);
        Component(c.G);
        Component(c.B);
    }

    void Component(byte value, bool leadingSpace = true) => Format(value / 255.0, "0.###", leadingSpace);

    void Name(string resource)
    {
        var span = _out.GetSpan(resource.Length);
        for (int i = 0; i < resource.Length; i++)
        {
            span[i] = (byte)resource[i]; // resource names are ASCII ("/F4")
        }

        _out.Advance(resource.Length);
    }

    void Number(double value, bool leadingSpace = true) => Format(value, "0.####", leadingSpace);

    void Format(double value, string format, bool leadingSpace)
    {
        var span = _out.GetSpan(32);
        int at = 0;
        if (leadingSpace)
        {
            span[at++] = (byte)' ';
        }

        // "-0" is what a tiny negative rounds to; PDF readers take it, but it is noise in the bytes.
        double rounded = Math.Round(value, 4);
        if (!(rounded == 0 ? 0.0 : rounded).TryFormat(span[at..], out int written, format, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"could not format {value} for a PDF content stream");
        }

        _out.Advance(at + written);
    }

    void Raw(ReadOnlySpan<byte> bytes) => _out.Write(bytes);
}
