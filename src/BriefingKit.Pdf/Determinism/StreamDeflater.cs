using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace BriefingKit.Pdf.Determinism;

/// <summary>
/// Compresses every stream of a PDF that PDFsharp saved uncompressed, and rewrites its cross-reference
/// table. PDFsharp 6.2's own FlateDecode writes the zlib header and a raw deflate stream but never the
/// Adler-32 trailer, so strict readers (qpdf) see truncated streams; compressing here, on the saved bytes,
/// avoids that without a second parse and save of the whole document through PDFsharp.
/// <para>
/// Only the shape PDFsharp writes is accepted: a classic <c>xref</c> table, one indirect object after
/// another, each stream's dictionary carrying a direct <c>/Length</c>. Anything else is an
/// <see cref="InvalidDataException"/>, never a silently damaged file. Streams that already have a
/// <c>/Filter</c>, XMP metadata (left readable, as PDF/A expects) and streams too short to gain are copied
/// as they are. Streams are compressed in parallel; the output does not depend on the order.
/// </para>
/// </summary>
internal static class StreamDeflater
{
    /// <summary>Streams shorter than this are left uncompressed: deflate would not make them smaller.</summary>
    public const int MinimumLength = 64;
    static readonly byte[] StreamKeyword = "stream\n"u8.ToArray();
    static readonly byte[] EndStream = "\nendstream"u8.ToArray();
    static readonly byte[] FlateFilter = "/Filter/FlateDecode"u8.ToArray();

    public static byte[] Deflate(byte[] pdf) => Deflate(pdf, pdf.Length).ToArray();

    /// <summary>
    /// Compresses the PDF in the first <paramref name="length"/> bytes of <paramref name="pdf"/> (a saving
    /// stream's buffer, uncopied) and returns the result, which may be a view of a larger buffer.
    /// </summary>
    public static ArraySegment<byte> Deflate(byte[] pdf, int length)
    {
        var xref = CrossReferences.Read(pdf, length);
        var objects = xref.InUse.OrderBy(e => e.Offset).ToList();
        var parts = new ObjectParts[objects.Count];
        for (int i = 0; i < objects.Count; i++)
        {
            int end = i + 1 < objects.Count ? objects[i + 1].Offset : xref.TableOffset;
            parts[i] = ObjectParts.Split(pdf, objects[i].Offset, end);
        }

        var packed = new byte[]?[parts.Length];
        Parallel.For(0, parts.Length, i => packed[i] = parts[i].Compressible ? Compress(parts[i].Data(pdf)) : null);

        // Exact but for the digits of /Length values and startxref, which only shrink or barely grow.
        long size = length + 64;
        for (int i = 0; i < parts.Length; i++)
        {
            size -= packed[i] is { } p && p.Length < parts[i].DataLength ? parts[i].DataLength - p.Length - FlateFilter.Length : 0;
        }

        using var output = new MemoryStream(checked((int)size));
        output.Write(pdf, 0, objects.Count > 0 ? objects[0].Offset : xref.TableOffset);
        var offsets = new Dictionary<int, long>(objects.Count);
        for (int i = 0; i < parts.Length; i++)
        {
            offsets[objects[i].Number] = output.Position;
            parts[i].Write(pdf, output, packed[i] is { } p && p.Length < parts[i].DataLength ? p : null);
        }

        long table = output.Position;
        xref.WriteTable(output, offsets);
        output.Write(pdf, xref.TrailerOffset, xref.StartXrefOffset - xref.TrailerOffset);
        output.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"startxref\n{table}\n%%EOF\n")));
        return new ArraySegment<byte>(output.GetBuffer(), 0, (int)output.Length);
    }

    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length / 3 + 64);
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>One indirect object, split around its stream data (if any).</summary>
    readonly record struct ObjectParts(int Start, int End, int LengthValueStart, int LengthValueEnd, int DataStart, int DataLength, bool Compressible)
    {
        public ReadOnlySpan<byte> Data(byte[] pdf) => pdf.AsSpan(DataStart, DataLength);

        public static ObjectParts Split(byte[] pdf, int start, int end)
        {
            var span = pdf.AsSpan(start, end - start);
            int dictStart = span.IndexOf("<<"u8);
            int headerEnd = span.IndexOf("obj"u8);
            if (headerEnd < 0 || dictStart < 0 || dictStart < headerEnd || !IsOnlyWhitespace(span[(headerEnd + 3)..dictStart]))
            {
                return NoStream(start, end, headerEnd);
            }

            var dict = DictionaryScan.Scan(span, dictStart);
            int afterDict = dict.End;
            while (afterDict < span.Length && span[afterDict] is (byte)'\r' or (byte)'\n')
            {
                afterDict++;
            }

            if (!span[afterDict..].StartsWith(StreamKeyword) || afterDict == dict.End)
            {
                return NoStream(start, end, headerEnd);
            }

            if (dict.LengthValueStart < 0)
            {
                throw new InvalidDataException($"stream object at byte {start} has no direct /Length");
            }

            int length = int.Parse(span[dict.LengthValueStart..dict.LengthValueEnd], NumberStyles.None, CultureInfo.InvariantCulture);
            int dataStart = afterDict + StreamKeyword.Length;
            if (dataStart + length > span.Length || !span[(dataStart + length)..].StartsWith(EndStream))
            {
                throw new InvalidDataException($"stream object at byte {start}: /Length {length} does not end at 'endstream'");
            }

            bool compressible = !dict.HasFilter && !dict.IsMetadata && length >= MinimumLength;
            return new ObjectParts(start, end, start + dict.LengthValueStart, start + dict.LengthValueEnd, start + dataStart, length, compressible);
        }

        static ObjectParts NoStream(int start, int end, int headerEnd) =>
            headerEnd < 0 ? throw new InvalidDataException($"no indirect object at byte {start}") : new(start, end, -1, -1, -1, 0, false);

        /// <summary>Writes the object; with <paramref name="packed"/>, its stream compressed and its dictionary updated to match.</summary>
        public void Write(byte[] pdf, Stream output, byte[]? packed)
        {
            if (packed is null)
            {
                output.Write(pdf, Start, End - Start);
                return;
            }

            output.Write(pdf, Start, LengthValueStart - Start);
            output.Write(Encoding.ASCII.GetBytes(packed.Length.ToString(CultureInfo.InvariantCulture)));
            output.Write(FlateFilter);
            output.Write(pdf, LengthValueEnd, DataStart - LengthValueEnd);
            output.Write(packed);
            int after = DataStart + DataLength;
            output.Write(pdf, after, End - after);
        }
    }

    static bool IsOnlyWhitespace(ReadOnlySpan<byte> s) => s.IndexOfAnyExcept(" \r\n\t"u8) < 0;
}
