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
    public PdfPageSize PageSize { get; init; } = PdfPageSize.Letter;

    public FootnotePlacement Footnotes { get; init; } = FootnotePlacement.PageBottom;

    /// <summary>Folders searched for the DejaVu font files before the system folders and the bundled copies.</summary>
    public IReadOnlyList<string> FontFolders { get; init; } = [];

    /// <summary>
    /// Creation and modification date. If null: <c>SOURCE_DATE_EPOCH</c>, else the front matter <c>date</c>,
    /// else the Unix epoch, so that the same input always gives the same bytes.
    /// </summary>
    public DateTimeOffset? Timestamp { get; init; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    public string Creator { get; init; } = "BriefingKit";
}

/// <summary>What a render produced: the page count and every problem found on the way.</summary>
public sealed record PdfRenderResult(int PageCount, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when no error was reported; the output stream then holds a complete PDF.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
