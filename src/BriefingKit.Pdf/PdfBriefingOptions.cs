using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Pdf;

/// <summary>Paper size of the briefing.</summary>
public enum PdfPageSize
{
    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter,

    /// <summary>ISO A4, 210 × 297 mm.</summary>
    A4,
}

/// <summary>Where footnote texts are printed.</summary>
public enum FootnotePlacement
{
    /// <summary>At the bottom of the page where the note is first cited (default).</summary>
    PageBottom,

    /// <summary>In a "Notes" section at the end of the briefing.</summary>
    Endnotes,
}

/// <summary>Options of <see cref="PdfBriefingRenderer"/>.</summary>
public sealed record PdfBriefingOptions
{
    /// <summary>The paper size; <see cref="PdfPageSize.Letter"/> by default.</summary>
    public PdfPageSize PageSize { get; init; } = PdfPageSize.Letter;

    /// <summary>Where footnotes go: the foot of the page where each is first cited (default), or a Notes section at the end.</summary>
    public FootnotePlacement Footnotes { get; init; } = FootnotePlacement.PageBottom;

    /// <summary>Folders searched for the DejaVu font files before the system folders and the bundled copies.</summary>
    public IReadOnlyList<string> FontFolders { get; init; } = [];

    /// <summary>
    /// Creation and modification date. If null: <c>SOURCE_DATE_EPOCH</c>, else the front matter <c>date</c>,
    /// else the Unix epoch, so that the same input always gives the same bytes.
    /// </summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The PDF's Author property; null for the front matter's author.</summary>
    public string? Author { get; init; }

    /// <summary>The PDF's Subject property; null for the front matter's subtitle.</summary>
    public string? Subject { get; init; }

    /// <summary>The PDF's Keywords property; null for none (<see cref="PdfRenderer"/> fills in the dossier's tags).</summary>
    public string? Keywords { get; init; }

    /// <summary>The PDF's Creator property: "BriefingKit" by default.</summary>
    public string Creator { get; init; } = "BriefingKit";
}

/// <summary>What a render produced: the page count and every problem found on the way.</summary>
/// <param name="PageCount">How many pages the PDF has; 0 when rendering stopped before layout.</param>
/// <param name="Diagnostics">Every BK6xxx warning and error, located in the Markdown.</param>
public sealed record PdfRenderResult(int PageCount, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when no error was reported; the output stream then holds a complete PDF.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
