using System.IO.Compression;
using PdfSharp.Pdf;

namespace BriefingKit.Pdf.Determinism;

/// <summary>
/// Compresses PDF streams with a complete zlib container. PDFsharp 6.5's FlateDecode encoder writes
/// the zlib header (78 DA) and a raw deflate stream but never the Adler-32 trailer, so strict readers
/// see a truncated stream (qpdf: "input stream is complete but output may still be valid", exit 3).
/// The document is therefore saved uncompressed and every stream compressed here instead.
/// </summary>
internal static class ZlibStreams
{
    public static void CompressAll(PdfDocument document)
    {
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary { Stream: { } stream } dict
                || dict.Elements.ContainsKey("/Filter")
                || dict.Elements.GetName("/Type") == "/Metadata"
                || stream.Value.Length < 64)
            {
                continue;
            }

            byte[] packed = Compress(stream.Value);
            if (packed.Length < stream.Value.Length)
            {
                stream.Value = packed; // also updates /Length
                dict.Elements.SetName("/Filter", "/FlateDecode");
            }
        }
    }

    public static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}
