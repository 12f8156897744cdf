using System.Runtime.CompilerServices;
using BriefingKit.Pdf.Fonts;

namespace BriefingKit.Pdf.Layout;

/// <summary>
/// Widths of slices of run text (a word inside a run), remembered per measurer, face and size. The
/// measurer takes strings; looking slices up by span means a word measured before costs no
/// substring. Every value is the measurer's own answer for that exact text, so layouts do not change.
/// Not thread-safe, like the measurer it serves (one render, one measurer).
/// </summary>
internal sealed class SliceWidths
{
    // Keyed weakly by measurer: the cache lives exactly as long as the render's font book.
    static readonly ConditionalWeakTable<ITextMeasurer, SliceWidths> ByMeasurer = new();

    readonly ITextMeasurer _measurer;
    readonly Dictionary<(FontFace Face, double Size), Dictionary<string, double>> _byFont = [];
    RunStyle? _lastStyle;
    Dictionary<string, double> _lastWidths = [];

    SliceWidths(ITextMeasurer measurer) => _measurer = measurer;

    public static SliceWidths For(ITextMeasurer measurer) =>
        ByMeasurer.GetValue(measurer, static m => new SliceWidths(m));

    public double Width(ReadOnlySpan<char> text, RunStyle style)
    {
        var widths = WidthsFor(style);
        if (!widths.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out double width))
        {
            string key = text.ToString();
            width = _measurer.Width(key, style.Face, style.EffectiveSize);
            widths.Add(key, width);
        }

        return width;
    }

    Dictionary<string, double> WidthsFor(RunStyle style)
    {
        // Consecutive pieces nearly always share their run's style object: skip the font lookup.
        if (!ReferenceEquals(style, _lastStyle))
        {
            var font = (style.Face, style.EffectiveSize);
            if (!_byFont.TryGetValue(font, out var widths))
            {
                widths = new Dictionary<string, double>(StringComparer.Ordinal);
                _byFont.Add(font, widths);
            }

            (_lastStyle, _lastWidths) = (style, widths);
        }

        return _lastWidths;
    }
}
