using System.Globalization;
using System.Text;
using BriefingKit.Pdf.Fonts;
using BriefingKit.Pdf.Layout;

namespace BriefingKit.Pdf.Tests.Layout;

/// <summary>
/// Pins down exactly how the line breaker breaks varied runs: every line's fragments (text, x, width,
/// style, link), width, ascent, descent and footnote labels, with full-precision numbers. Measured
/// with a synthetic measurer, so the snapshot does not depend on which DejaVu files a machine has.
/// A change here changes layouts; the snapshot was approved from the original implementation.
/// </summary>
public sealed class LineBreakerSnapshotTests
{
    static readonly RunStyle Body = new(new FontFace(FontFamilyRole.Serif, false, false), 9.5, Rgb.Black);
    static readonly RunStyle Bold = Body.With(bold: true);
    static readonly RunStyle Italic = Body.With(italic: true);
    static readonly RunStyle Mono = Body.With(family: FontFamilyRole.Mono) with { Background = Rgb.Hex(0xEEEEEE) };
    static readonly RunStyle Mark = Body with { Superscript = true, Color = Rgb.Hex(0x1F5FAF) };
    static readonly RunStyle Link = Body with { Color = Rgb.Hex(0x1F5FAF) };

    static readonly double[] Widths = [18, 45, 120, 300, double.MaxValue / 4];

    static TextRun Note(string text, string label) => new(text, Mark, new InternalLink("fn-" + label), label);

    static TextRun Url(string text, string url) => new(text, Link, new ExternalLink(url));

    static IEnumerable<(string Name, TextRun[] Runs)> Cases() =>
    [
        ("plain", [new("  President Biden called  President Andrés Manuel López Obrador\ton 21 December 2023,\nas migrant crossings reached record levels.  ", Body)]),
        ("styles", [
            new("see ", Body), new("bold", Bold), new(", then ", Body), new("it", Italic), new("alic and ", Body),
            Url("a link", "https://example.org/a"), new(".", Body), Note("1", "a"), new(" more text", Body),
            Note("2", "b"), Note("3", "a"), new(" and ", Body), new("code()", Mono), new(" end.", Body)]),
        ("glued", [new("a", Body), new("", Body), new("b", Bold), new("c ", Italic), new(" d", Body), new(" ", Bold), new("e", Body)]),
        ("breaks", [
            TextRun.Break(Body), new("first", Body), TextRun.Break(Body), TextRun.Break(Body), new("  second  ", Body),
            TextRun.Break(Body), new("third", Body), TextRun.Break(Body)]),
        ("urls", [
            new("Visit ", Body), Url("https://www.example.com/some/very-long-path/with.dots?and=query&x=y_z", "https://www.example.com/"),
            new(" and then Supercalifragilisticexpialidociousness", Body), new("Extraordinarily", Bold), new(" ok.", Body)]),
        ("oversized-across-runs", [new("prefix https://exa", Bold), Url("mple.com/path/to/thing-with–dashes;and:colons", "https://example.com/"), Note("4", "c")]),
        ("surrogates", [new("emoji 😀😀😀😀😀😀😀😀😀😀😀😀😀 lone\uD800surrogate\uDC00x tail", Body)]),
        ("spaces-from-marks", [new("alpha", Body), Note(" 5 ", "d"), new("beta gamma", Body), new(" ", Bold), Url("delta", "https://d.example/")]),
        ("empty", []),
        ("empty-text", [new("", Body)]),
        ("space-only", [new("   ", Body)]),
        ("break-only", [TextRun.Break(Body)]),
        ("cell", [new("Q3 2023", Bold), TextRun.Break(Body), new("12,345 (est.)", Body)]),
    ];

    [Fact]
    public void Varied_runs_break_as_approved()
    {
        var measurer = new SyntheticMeasurer();
        var sb = new StringBuilder();
        foreach (var (name, runs) in Cases())
        {
            sb.Append("case ").Append(name).Append('\n');
            foreach (double width in Widths)
            {
                sb.Append(" width ").Append(N(width)).Append('\n');
                foreach (var line in LineBreaker.Break(runs, width, measurer, Body))
                {
                    sb.Append("  line w=").Append(N(line.Width)).Append(" asc=").Append(N(line.Ascent)).Append(" desc=").Append(N(line.Descent))
                        .Append(" notes=[").Append(string.Join(',', line.Notes)).Append("]\n");
                    foreach (var f in line.Fragments)
                    {
                        sb.Append("   ").Append(N(f.X)).Append(' ').Append(N(f.Width)).Append(" \"").Append(Escape(f.Text)).Append("\" ")
                            .Append(f.Style.Face).Append('/').Append(N(f.Style.EffectiveSize)).Append(f.Style.Superscript ? "^" : "")
                            .Append(' ').Append(f.Style.Color).Append(f.Link is null ? "" : " -> " + f.Link).Append('\n');
                    }
                }
            }

            var (min, max) = LineBreaker.ContentWidths(runs, measurer);
            sb.Append(" min=").Append(N(min)).Append(" max=").Append(N(max)).Append('\n');
        }

        sb.ToString().ShouldMatchApproved(c => c.NoDiff().WithFileExtension("txt"));
    }

    static string N(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    // Surrogates are written as escapes: a lone one cannot be saved as UTF-8.
    static string Escape(string text) =>
        string.Concat(text.Select(c => char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    /// <summary>Deterministic, non-uniform advances that differ by face, so sums are not exact in binary.</summary>
    sealed class SyntheticMeasurer : ITextMeasurer
    {
        public double Width(string text, FontFace face, double size)
        {
            double units = 0;
            foreach (char c in text)
            {
                units += c == ' ' ? 250.3 : 300.7 + (c % 13 * 37.1) + (face.Bold ? 41.9 : 0) + (face.Family == FontFamilyRole.Mono ? 17.3 : 0);
            }

            return units * size / 1000;
        }

        public VerticalMetrics Vertical(FontFace face, double size) => new((size * 0.77) + (face.Bold ? 0.13 : 0), size * 0.23);
    }
}
