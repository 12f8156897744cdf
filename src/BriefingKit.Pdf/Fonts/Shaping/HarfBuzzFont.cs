using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace BriefingKit.Pdf.Fonts.Shaping;

/// <summary>
/// One font file opened for shaping with HarfBuzz, at a scale of one unit per font unit so results are
/// exact integers. Made once per file per process (see <see cref="LoadedFont.Shaping"/>) over the file's
/// pinned bytes, immutable afterwards: HarfBuzz fonts may then shape on several threads at once.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "Lives as long as the process-wide font cache that owns it, like the pinned bytes it reads.")]
internal sealed class HarfBuzzFont
{
    readonly Font _font;

    public HarfBuzzFont(byte[] bytes)
    {
        // The blob reads the array in place; the handle keeps it pinned for the life of the process.
        var pin = GCHandle.Alloc(bytes, GCHandleType.Pinned);
        var blob = new Blob(pin.AddrOfPinnedObject(), bytes.Length, MemoryMode.ReadOnly);
        var face = new Face(blob, 0);
        UnitsPerEm = face.UnitsPerEm;
        face.MakeImmutable();
        _font = new Font(face);
        _font.SetScale(UnitsPerEm, UnitsPerEm);
        _font.SetFunctionsOpenType();
    }

    public int UnitsPerEm { get; }

    /// <summary>
    /// Shapes <paramref name="text"/>. Script and language are guessed from the text; the direction is the
    /// given one (the bidi level of the text) or, when null, the script's own.
    /// </summary>
    public ShapedRun Shape(ReadOnlySpan<char> text, bool? rightToLeft)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        if (rightToLeft is { } rtl)
        {
            buffer.Direction = rtl ? Direction.RightToLeft : Direction.LeftToRight;
        }

        _font.Shape(buffer);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        int n = infos.Length;
        var glyphs = new ushort[n];
        int[] advances = new int[n], dx = new int[n], dy = new int[n], clusters = new int[n];
        for (int i = 0; i < n; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            advances[i] = positions[i].XAdvance;
            dx[i] = positions[i].XOffset;
            dy[i] = positions[i].YOffset;
        }

        return new ShapedRun(glyphs, advances, dx, dy, clusters);
    }
}
