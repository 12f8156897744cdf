using System.Text;

namespace BriefingKit.Pdf.Determinism;

/// <summary>
/// PDFsharp 6.2 regenerates the XMP packet in every save (<c>PdfDocument.PrepareForSave</c> always
/// adds a new <c>PdfMetadata</c>) with <c>Guid.NewGuid()</c> document and instance IDs, and offers no
/// API to set them. The packet is written uncompressed, so the two UUIDs are replaced in place after
/// saving by identity-derived UUIDs of exactly the same length: no offset, /Length or xref changes.
/// </summary>
internal static class XmpIds
{
    const int UuidLength = 36;

    public static void Stabilize(Span<byte> pdf, DocumentIdentity identity)
    {
        Replace(pdf, "<xmpMM:DocumentID>uuid:", identity.XmpDocumentId);
        Replace(pdf, "<xmpMM:InstanceID>uuid:", identity.XmpInstanceId);
    }

    static void Replace(Span<byte> pdf, string prefix, string uuid)
    {
        var marker = Encoding.ASCII.GetBytes(prefix);
        var value = Encoding.ASCII.GetBytes(uuid);
        int at = pdf.IndexOf(marker);
        while (at >= 0)
        {
            int start = at + marker.Length;
            if (start + UuidLength <= pdf.Length && IsUuid(pdf.Slice(start, UuidLength)))
            {
                value.CopyTo(pdf[start..]);
            }

            int next = pdf[start..].IndexOf(marker);
            at = next < 0 ? -1 : start + next;
        }
    }

    static bool IsUuid(ReadOnlySpan<byte> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            bool dash = i is 8 or 13 or 18 or 23;
            if (dash ? s[i] != '-' : !Uri.IsHexDigit((char)s[i]))
            {
                return false;
            }
        }

        return true;
    }
}
