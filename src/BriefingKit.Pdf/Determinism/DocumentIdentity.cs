using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BriefingKit.Pdf.Determinism;

/// <summary>
/// A stable identity derived from everything that decides the output bytes (Markdown, options,
/// timestamp, font files), used for the trailer /ID and the XMP document and instance IDs in place of
/// PDFsharp's random GUIDs. Same input, same identity; any change, a new one.
/// </summary>
internal sealed class DocumentIdentity
{
    // Bump when the renderer's output changes for the same input, so IDs do not collide across versions.
    const string FormatVersion = "briefingkit-pdf/1";

    readonly byte[] _hash;

    DocumentIdentity(byte[] hash) => _hash = hash;

    public static DocumentIdentity Compute(string markdown, PdfBriefingOptions options, DateTimeOffset timestamp, IEnumerable<byte[]> fontHashes)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? s)
        {
            var bytes = Encoding.UTF8.GetBytes(s ?? "\u0000");
            sha.AppendData(BitConverter.GetBytes(bytes.Length));
            sha.AppendData(bytes);
        }

        Add(FormatVersion);
        Add(markdown);
        Add(options.PageSize.ToString());
        Add(options.Footnotes.ToString());
        Add(timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        Add(options.Author);
        Add(options.Subject);
        Add(options.Keywords);
        Add(options.Creator);
        foreach (var fontHash in fontHashes)
        {
            sha.AppendData(fontHash);
        }

        return new DocumentIdentity(sha.GetHashAndReset());
    }

    /// <summary>16 bytes for the trailer /ID, as PDFsharp's raw-encoded string (one char per byte).</summary>
    public string TrailerId => new([.. _hash.Take(16).Select(b => (char)b)]);

    public string XmpDocumentId => Uuid(0);

    public string XmpInstanceId => Uuid(16);

    /// <summary>
    /// Six capital letters for the subset of <paramref name="baseName"/> in this document. The identity
    /// covers the Markdown, options and font files, which decide the subset, so the same subset gets the
    /// same tag; <paramref name="attempt"/> moves on to another tag should two subsets' tags collide.
    /// </summary>
    public string SubsetTag(string baseName, int attempt = 0)
    {
        var hash = SHA256.HashData([.. _hash, .. Encoding.UTF8.GetBytes(baseName), .. BitConverter.GetBytes(attempt)]);
        return new string([.. hash.Take(6).Select(b => (char)('A' + (b % 26)))]);
    }

    // Name-based UUID layout (version 5 bits, RFC 4122 variant) over hash bytes.
    string Uuid(int offset)
    {
        var b = _hash.AsSpan(offset, 16).ToArray();
        b[6] = (byte)((b[6] & 0x0F) | 0x50);
        b[8] = (byte)((b[8] & 0x3F) | 0x80);
        string hex = Convert.ToHexString(b).ToLowerInvariant();
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
