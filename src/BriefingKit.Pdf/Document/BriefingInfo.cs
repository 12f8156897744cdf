using System.Globalization;
using BriefingKit.Pdf.Markdown;

namespace BriefingKit.Pdf.Document;

/// <summary>What the title block, running heads and metadata say about the briefing.</summary>
internal sealed record BriefingInfo(string Title, string? Subtitle, string? Marking, string? AsOf, string? Audience, string? Author)
{
    public static BriefingInfo From(FrontMatter front, string? firstHeading, PdfBriefingOptions options, DateOnly? date) => new(
        front.Title ?? firstHeading ?? "Briefing",
        front.Subtitle,
        front.Marking,
        date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? front.DateText,
        front.Audience,
        front.Author ?? options.Author);
}
