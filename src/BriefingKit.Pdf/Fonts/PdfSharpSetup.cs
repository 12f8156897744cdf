using PdfSharp;

namespace BriefingKit.Pdf.Fonts;

/// <summary>One-time, thread-safe process setup of PDFsharp: licence choice and font resolver.</summary>
internal static class PdfSharpSetup
{
    static readonly Lazy<bool> License = new(() =>
    {
        // PDFsharp 6.5 throws until a licence is chosen; this assembly is the AGPL boundary.
        PdfSharpLicense.SetAgplLicense();
        return true;
    });

    /// <summary>Returns null when ready, else the conflicting resolver types.</summary>
    public static (string Primary, string Fallback)? EnsureInitialized()
    {
        _ = License.Value;
        return BriefingFontResolver.EnsureInstalled();
    }
}
