namespace BriefingKit.Schema.Diagnostics;

/// <summary>BK6xxx: PDF layout and writing (src/BriefingKit.Pdf).</summary>
internal static partial class Codes
{
    public static readonly DiagnosticDescriptor PdfMissingGlyph = new(
        "BK6001", Severity.Warning, "Glyph missing from font",
        "Character '{0}' (U+{1}) is not in font '{2}' or any fallback font found; it is printed as '{3}'. {4}");

    public static readonly DiagnosticDescriptor PdfLayoutRelaxed = new(
        "BK6002", Severity.Warning, "Keep rules relaxed to fit a page",
        "{0} does not fit on an empty page while keeping {1}; it was split without that rule");

    public static readonly DiagnosticDescriptor PdfContentDoesNotFit = new(
        "BK6003", Severity.Error, "Content cannot be placed on a page",
        "{0} cannot be placed on any page: {1}");

    public static readonly DiagnosticDescriptor PdfFontFolderMissing = new(
        "BK6004", Severity.Warning, "Configured font folder does not exist",
        "Font folder '{0}' does not exist");

    public static readonly DiagnosticDescriptor PdfBundledFontUsed = new(
        "BK6005", Severity.Info, "Bundled font used",
        "Font file '{0}' was not found in the configured or system font folders; the bundled copy is used");

    public static readonly DiagnosticDescriptor PdfFontResolverConflict = new(
        "BK6006", Severity.Error, "Another PDFsharp font resolver is installed",
        "PDFsharp already has font resolvers of types '{0}' and '{1}' in this process; BriefingKit cannot resolve its fonts");

    public static readonly DiagnosticDescriptor PdfUnsupportedMarkdown = new(
        "BK6007", Severity.Warning, "Markdown construct not supported in PDF",
        "{0} is not supported in PDF output; {1}");

    public static readonly DiagnosticDescriptor PdfFootnoteTooTall = new(
        "BK6008", Severity.Warning, "Footnote too tall for a page bottom",
        "Footnote [^{0}] is {1:0} pt tall, more than the {2:0} pt a page bottom can hold; it is printed under 'Notes' at the end");

    public static readonly DiagnosticDescriptor PdfFrontMatterInvalid = new(
        "BK6009", Severity.Warning, "Front matter line not understood",
        "Front matter line '{0}' is not a 'key: value' pair; it is ignored");

    public static readonly DiagnosticDescriptor PdfDateInvalid = new(
        "BK6010", Severity.Warning, "Date not understood",
        "{0} '{1}' is not a date (expected {2}); it is ignored");

    public static readonly DiagnosticDescriptor PdfTableTooWide = new(
        "BK6011", Severity.Warning, "Table too wide for the page",
        "Table with {0} columns is wider than the {1:0} pt text width; cells break inside words");

    public static readonly DiagnosticDescriptor PdfWriteFailed = new(
        "BK6012", Severity.Error, "PDF could not be written",
        "The PDF could not be written: {0}");

    // BK6013 (contents page numbers did not settle) is retired: the numbers are filled in after a single
    // layout pass into a fixed-width column and cannot move anything. Do not reuse the code.

    public static readonly DiagnosticDescriptor PdfPageOneOverflows = new(
        "BK6014", Severity.Warning, "Page one runs onto another page",
        "Page one runs onto page {0}: everything before the first page break (the bottom line) must fit on one page; shorten the key judgments or the figures");
}
