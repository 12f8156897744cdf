using System.Collections.Concurrent;
using System.Security.Cryptography;
using BriefingKit.Pdf.Fonts.Embedding;
using BriefingKit.Pdf.Fonts.Shaping;

namespace BriefingKit.Pdf.Fonts;

/// <summary>
/// A font file read once per process: its bytes, their SHA-256 (for the document identity), the family
/// name it is registered under with PDFsharp, and its glyph coverage. Every render needs all ten faces;
/// reading, hashing and parsing them again each time cost more than laying out a short briefing.
/// </summary>
internal sealed class LoadedFont
{
    // A long-running host cycling through font folders would otherwise keep every version it saw.
    const int MaxCached = 64;
    static readonly ConcurrentDictionary<string, LoadedFont> Cache = new(StringComparer.Ordinal);

    LoadedFont(byte[] bytes)
    {
        Bytes = bytes;
        Sha256 = SHA256.HashData(bytes);
        Family = BriefingFontResolver.Register(bytes, Sha256);
        Coverage = GlyphCoverage.Read(bytes);
    }

    public byte[] Bytes { get; }

    public byte[] Sha256 { get; }

    public string Family { get; }

    public GlyphCoverage Coverage { get; }

    /// <summary>The file opened for shaping; made on first use, as most renders never shape.</summary>
    public HarfBuzzFont Shaping => LazyInitializer.EnsureInitialized(ref _shaping, () => new HarfBuzzFont(Bytes));

    /// <summary>The file's TrueType tables, for embedding by glyph ID; null (with a reason) when it cannot be embedded.</summary>
    public TrueTypeFile? Embeddable => (_embeddable ??= Parse()).Font;

    HarfBuzzFont? _shaping;
    (TrueTypeFile? Font, string? Problem)? _embeddable;

    (TrueTypeFile?, string?) Parse() => TrueTypeFile.TryRead(Bytes, 0, out var font, out var problem) ? (font, null) : (null, problem);

    /// <summary>The bundled copy of <paramref name="fileName"/>.</summary>
    public static LoadedFont Bundled(string fileName) =>
        Cached("bundled:" + fileName, () => FontLocator.ReadBundled(fileName));

    /// <summary>
    /// The file at <paramref name="path"/>, cached under its path, size and modification time, so an edited
    /// or replaced file is read again.
    /// </summary>
    public static LoadedFont File(string path)
    {
        var info = new FileInfo(path);
        string key = FormattableString.Invariant($"{info.FullName}|{info.Length}|{info.LastWriteTimeUtc.Ticks}");
        return Cached(key, () => System.IO.File.ReadAllBytes(path));
    }

    static LoadedFont Cached(string key, Func<byte[]> read)
    {
        if (Cache.TryGetValue(key, out var font))
        {
            return font;
        }

        if (Cache.Count >= MaxCached)
        {
            Cache.Clear();
        }

        return Cache.GetOrAdd(key, _ => new LoadedFont(read()));
    }
}
