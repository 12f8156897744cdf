using PdfSharp.Pdf;

namespace BriefingKit.Pdf.Determinism;

/// <summary>Document information dictionary values.</summary>
internal sealed record PdfMetadataValues(string Title, string? Author, string? Subject, string? Keywords, string Creator);

/// <summary>
/// Turns a painted document into final, byte-stable, valid PDF bytes:
/// <list type="number">
/// <item>set the metadata, dates and trailer /ID from the document identity, and replace the random
/// font-subset tags with identity-derived ones (<see cref="SubsetTags"/>);</item>
/// <item>save once, uncompressed (PDFsharp's own deflate output lacks the Adler-32 trailer), and compress
/// every stream of the saved bytes with a complete zlib container (<see cref="StreamDeflater"/>);</item>
/// <item>overwrite the two random XMP UUIDs PDFsharp 6.2 always writes (no API exists for them; see
/// <see cref="XmpIds"/>) with same-length identity-derived ones.</item>
/// </list>
/// </summary>
internal static class PdfFinisher
{
    public static ArraySegment<byte> Finish(PdfDocument painted, DocumentIdentity identity, DateTimeOffset timestamp, PdfMetadataValues metadata)
    {
        painted.Options.CompressContentStreams = false;
        painted.Options.NoCompression = true;
        Apply(painted, identity, timestamp, metadata);
        SubsetTags.Stabilize(painted, identity);

        using var saved = new MemoryStream();
        painted.Save(saved, closeStream: false);
        var buffer = saved.GetBuffer();
        int length = (int)saved.Length;

        // The XMP packet stays uncompressed, and its IDs are replaced by same-length ones: patch before deflating.
        XmpIds.Stabilize(buffer.AsSpan(0, length), identity);
        return StreamDeflater.Deflate(buffer, length);
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
