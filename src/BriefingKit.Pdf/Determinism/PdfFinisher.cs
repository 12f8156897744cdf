using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace BriefingKit.Pdf.Determinism;

/// <summary>Document information dictionary values.</summary>
internal sealed record PdfMetadataValues(string Title, string? Author, string? Subject, string? Keywords, string Creator);

/// <summary>
/// Turns a painted document into final, byte-stable, valid PDF bytes:
/// <list type="number">
/// <item>save uncompressed (PDFsharp's own deflate output lacks the Adler-32 trailer);</item>
/// <item>reopen, and through PDFsharp's public object model: replace the random font-subset tags with
/// tags hashed from each subset's bytes, compress every stream with a complete zlib container, drop the
/// first save's XMP packet, set the dates and the trailer /ID from the document identity;</item>
/// <item>save again, then overwrite the two random XMP UUIDs PDFsharp 6.5 always writes (no API exists
/// for them; see <see cref="XmpIds"/>) with same-length identity-derived ones.</item>
/// </list>
/// </summary>
internal static class PdfFinisher
{
    public static byte[] Finish(PdfDocument painted, DocumentIdentity identity, DateTimeOffset timestamp, PdfMetadataValues metadata)
    {
        painted.Options.CompressContentStreams = false;
        painted.Options.NoCompression = true;
        Apply(painted, identity, timestamp, metadata);
        using var first = new MemoryStream();
        painted.Save(first, closeStream: false);

        first.Position = 0;
        using var document = PdfReader.Open(first, PdfDocumentOpenMode.Modify);
        document.Options.CompressContentStreams = false;
        document.Options.NoCompression = true;
        SubsetTags.Stabilize(document);
        ZlibStreams.CompressAll(document);
        document.Internals.Catalog.Elements.Remove("/Metadata");
        Apply(document, identity, timestamp, metadata);

        using var second = new MemoryStream();
        document.Save(second, closeStream: false);
        var bytes = second.ToArray();
        XmpIds.Stabilize(bytes, identity);
        return bytes;
    }

    static void Apply(PdfDocument document, DocumentIdentity identity, DateTimeOffset timestamp, PdfMetadataValues metadata)
    {
        var info = document.Info;
        info.Title = metadata.Title;
        info.Creator = metadata.Creator;
        SetOrRemove(info, "/Author", metadata.Author);
        SetOrRemove(info, "/Subject", metadata.Subject);
        SetOrRemove(info, "/Keywords", metadata.Keywords);

        // A UTC DateTime is written as +00'00' (Info) and Z (XMP) whatever the machine's time zone.
        info.CreationDate = timestamp.UtcDateTime;
        info.ModificationDate = timestamp.UtcDateTime;
        document.Internals.FirstDocumentID = identity.TrailerId;
        document.Internals.SecondDocumentID = identity.TrailerId;
    }

    static void SetOrRemove(PdfDocumentInformation info, string key, string? value)
    {
        if (value is null)
        {
            info.Elements.Remove(key);
        }
        else
        {
            info.Elements.SetString(key, value);
        }
    }
}
