using System.Globalization;
using BriefingKit.Benchmarks.Harness;
using BriefingKit.Benchmarks.Scale;
using BriefingKit.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace BriefingKit.Benchmarks.Extensions;

/// <summary>
/// The PDF backend (BriefingKit.Pdf): laying out and writing the briefing's Markdown, against a floor of
/// PDFsharp drawing the same text, one Markdown line per line at fixed positions with one embedded font and
/// no layout at all. The ratio says what the layout engine (wrapping, tables, footnotes, contents, two passes
/// for page numbers, deterministic finishing) costs on top of putting the glyphs on pages.
/// </summary>
internal static class PdfStages
{
    /// <summary>The ratio goal: the layout engine may cost at most 2.5× the bare drawing.</summary>
    private const double Goal = 2.5;

    private static readonly PdfBriefingOptions Options = new() { Timestamp = new DateTimeOffset(2024, 6, 28, 0, 0, 0, TimeSpan.Zero) };

    public static Stage Render { get; } = new("render-pdf", "PdfBriefingRenderer.Render: Markdown → layout → PDF bytes", f => FixedText.Ready(() => RenderPdf(f)))
    {
        QuickLimit = 1_000, FullLimit = 10_000,
    };

    public static Stage Baseline { get; } = new("pdfsharp-fixed-text", "PDFsharp draws the same Markdown lines at fixed positions (baseline)", f => FixedText.Ready(() => FixedText.Draw(f.Markdown)))
    {
        QuickLimit = 1_000, FullLimit = 10_000,
    };

    /// <summary>PDF against the bare drawing, from the interleaved stage matrix (so both were timed side by side).</summary>
    public static void Ratios(Report report, RunSettings settings, IReadOnlyList<Fixture> fixtures, Fixture seed, IReadOnlyDictionary<(string Stage, string Dossier), Sample> samples)
    {
        foreach (var fixture in fixtures.Prepend(seed))
        {
            if (samples.TryGetValue((Render.Name, fixture.Name), out var pdf) && samples.TryGetValue((Baseline.Name, fixture.Name), out var floor))
            {
                report.Ratio($"pdf-vs-pdfsharp-fixed-text-{fixture.Name}", pdf.MinMs / floor.MinMs, Harness.Goal.Max(Goal));
            }
        }
    }

    private static void RenderPdf(Fixture fixture)
    {
        using var output = new MemoryStream();
        var result = PdfBriefingRenderer.Render(fixture.Markdown, Options, output, fixture.Name + ".md");
        if (!result.Succeeded || output.Length == 0)
        {
            throw new InvalidOperationException($"PDF render failed: {string.Join("\n", result.Diagnostics.Take(5))}");
        }
    }

    /// <summary>The floor: every Markdown line drawn as-is at the next fixed line position, DejaVu Sans 9 pt.</summary>
    private static class FixedText
    {
        private const double Margin = 54, LineHeight = 12;
        private static readonly Lazy<string> Family = new(Install);

        /// <summary>Installs the baseline's font resolver (before any PDF is drawn) and returns the operation.</summary>
        public static Action Ready(Action action)
        {
            _ = Family.Value;
            return action;
        }

        public static void Draw(string markdown)
        {
            using var document = new PdfDocument();
            var font = new XFont(Family.Value, 9, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            XGraphics? graphics = null;
            var y = double.MaxValue;
            foreach (var line in markdown.Split('\n'))
            {
                if (y > 792 - Margin)
                {
                    graphics?.Dispose();
                    var page = document.AddPage();
                    page.Width = XUnit.FromPoint(612);
                    page.Height = XUnit.FromPoint(792);
                    graphics = XGraphics.FromPdfPage(page);
                    y = Margin;
                }

                if (line.Length > 0)
                {
                    graphics!.DrawString(line, font, XBrushes.Black, Margin, y);
                }

                y += LineHeight;
            }

            graphics?.Dispose();
            using var output = new MemoryStream();
            document.Save(output, closeStream: false);
        }

        /// <summary>
        /// PDFsharp takes one primary and one fallback font resolver per process, fixed at first use.
        /// BriefingKit.Pdf installs its own as the primary (or as the fallback when the primary is taken), so
        /// this one takes the fallback slot before anything is drawn: it serves the same DejaVu Sans bytes
        /// under its own family name, and each resolver answers only for its own names.
        /// </summary>
        private static string Install()
        {
            GlobalFontSettings.FallbackFontResolver ??= new BenchFontResolver();
            return BenchFontResolver.FamilyName;
        }
    }

    private sealed class BenchFontResolver : IFontResolver
    {
        public const string FamilyName = "BenchDejaVuSans";

        private readonly byte[] regular = ReadBundled("DejaVuSans.ttf");

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            familyName == FamilyName ? new FontResolverInfo(FamilyName) : null;

        public byte[]? GetFont(string faceName) => faceName == FamilyName ? regular : null;

        private static byte[] ReadBundled(string file)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"BriefingKit.Pdf.Fonts.{file}");
            using var stream = typeof(PdfBriefingRenderer).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"BriefingKit.Pdf no longer bundles {name}");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
