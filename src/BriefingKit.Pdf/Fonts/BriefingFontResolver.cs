using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace BriefingKit.Pdf.Fonts;

/// <summary>
/// The one PDFsharp font resolver of the process. PDFsharp allows a resolver to be set once, and caches
/// typefaces by family name for the life of the process, so faces are registered under a name derived
/// from their bytes ("BK-" + SHA-256 prefix): two renders with different font folders can never be
/// served each other's glyphs, and registering the same file twice is free.
/// </summary>
internal sealed class BriefingFontResolver : IFontResolver
{
    static readonly ConcurrentDictionary<string, byte[]> Faces = new(StringComparer.Ordinal);
    static readonly object Gate = new();
    static bool _installed;

    public static BriefingFontResolver Instance { get; } = new();

    BriefingFontResolver()
    {
    }

    /// <summary>Registers the face (its bytes and their SHA-256) and returns the family name to give <c>XFont</c>.</summary>
    public static string Register(byte[] fontBytes, byte[] sha256)
    {
        string key = "BK-" + Convert.ToHexString(sha256, 0, 10);
        Faces.TryAdd(key, fontBytes);
        return key;
    }

    /// <summary>
    /// Installs this resolver as PDFsharp's resolver, or as its fallback resolver when another component
    /// of the process installed its own first. Thread-safe and idempotent. Returns the conflicting
    /// resolver types when neither slot can be had.
    /// </summary>
    public static (string Primary, string Fallback)? EnsureInstalled()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return null;
            }

            if (TryInstall(primary: true) || TryInstall(primary: false))
            {
                _installed = true;
                return null;
            }

            return (TypeName(GlobalFontSettings.FontResolver), TypeName(GlobalFontSettings.FallbackFontResolver));
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        Faces.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) => Faces.TryGetValue(faceName, out var bytes) ? bytes : null;

    static bool TryInstall(bool primary)
    {
        var current = primary ? GlobalFontSettings.FontResolver : GlobalFontSettings.FallbackFontResolver;
        if (ReferenceEquals(current, Instance))
        {
            return true;
        }

        if (current is not null)
        {
            return false;
        }

        try
        {
            if (primary)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
            else
            {
                GlobalFontSettings.FallbackFontResolver = Instance;
            }

            return true;
        }
        catch (InvalidOperationException)
        {
            // PDFsharp refuses once fonts were used with another resolver.
            return false;
        }
    }

    static string TypeName(object? o) => o?.GetType().FullName ?? "(none)";
}
