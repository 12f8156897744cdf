namespace BriefingKit.Pdf.Fonts;

/// <summary>One-time, thread-safe process setup of PDFsharp (MIT, 6.2): our font resolver.</summary>
internal static class PdfSharpSetup
{
    /// <summary>Returns null when ready, else the conflicting resolver types.</summary>
    public static (string Primary, string Fallback)? EnsureInitialized() => BriefingFontResolver.EnsureInstalled();
}
