namespace BriefingKit.Pdf.Layout;

/// <summary>
/// The working lists of one line-breaking call, kept per thread and reused. Lines are broken for
/// every paragraph and table cell; fresh lists and text buffers each time were a good share of what
/// layout allocated.
/// </summary>
internal sealed class BreakScratch
{
    [ThreadStatic]
    static BreakScratch? t_spare;

    public List<WordPiece> Pieces { get; } = [];

    public List<LineFragment> Fragments { get; } = [];

    public List<string> Notes { get; } = [];

    public List<LineBuilder.Glyph> Glyphs { get; } = [];

    public FragmentBuffer Open { get; } = new();

    /// <summary>The thread's spare scratch, or a new one while that is in use.</summary>
    public static BreakScratch Rent()
    {
        var scratch = t_spare ?? new BreakScratch();
        t_spare = null;
        return scratch;
    }

    /// <summary>Clears the lists (so they hold no runs) and makes this the thread's spare again.</summary>
    public void Return()
    {
        Pieces.Clear();
        Fragments.Clear();
        Notes.Clear();
        Glyphs.Clear();
        Open.Clear();
        t_spare = this;
    }
}
