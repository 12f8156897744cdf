namespace BriefingKit.Pdf.Tests.Support;

/// <summary>Test inputs: the fixture briefing and options that pin every input to the output bytes.</summary>
internal static class Samples
{
    public static string Briefing { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sample-briefing.md"));

    public static PdfBriefingOptions Options { get; } = new() { Timestamp = new DateTimeOffset(2023, 12, 28, 12, 0, 0, TimeSpan.Zero) };

    public static byte[] Render(string markdown, PdfBriefingOptions? options = null)
    {
        using var stream = new MemoryStream();
        var result = PdfBriefingRenderer.Render(markdown, options ?? Options, stream);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Render failed:\n" + string.Join('\n', result.Diagnostics));
        }

        return stream.ToArray();
    }

    /// <summary>A short briefing with the given body under a front matter.</summary>
    public static string Briefing_With(string body) =>
        "---\ntitle: \"Test briefing\"\ndate: 2024-01-15\nmarking: \"UNCLASSIFIED\"\n---\n\n# Test briefing\n\n" + body;
}
