namespace BriefingKit.Pdf.Layout;

/// <summary>
/// What an element needs to know while measuring on the current page: the font metrics, which
/// footnotes are already on this page or on earlier ones (a note is printed where first cited),
/// whether it starts the page, and whether keep rules are relaxed because nothing else would fit.
/// </summary>
internal sealed class LayoutContext
{
    readonly HashSet<string> _placed;
    LayoutContext? _forNotes;
    NoteArea? _pendingArea; // the note area of Pending (fixed in one context), made once and handed on

    public LayoutContext(ITextMeasurer measurer, FootnoteRegistry notes, double noteWidth, HashSet<string> placedNotes)
    {
        Measurer = measurer;
        Notes = notes;
        NoteWidth = noteWidth;
        _placed = placedNotes;
    }

    public ITextMeasurer Measurer { get; }

    /// <summary>Where elements report layout problems found while measuring (deduplicated).</summary>
    public DiagnosticBag? Diagnostics { get; init; }

    public FootnoteRegistry Notes { get; }

    /// <summary>Width of the page-bottom note area (the text width).</summary>
    public double NoteWidth { get; }

    /// <summary>Page-bottom notes already claimed on this page, in citation order.</summary>
    public IReadOnlyList<string> Pending { get; private init; } = [];

    public bool AtPageTop { get; private init; } = true;

    public bool Relaxed { get; private init; }

    public LayoutContext WithPending(IReadOnlyList<string> more)
    {
        if (more.Count == 0)
        {
            return this;
        }

        var merged = new List<string>(Pending.Count + more.Count);
        merged.AddRange(Pending);
        var area = _pendingArea; // carried on note by note while the notes come in citation order
        for (int i = 0; i < more.Count; i++)
        {
            if (!merged.Contains(more[i]))
            {
                merged.Add(more[i]);
                if (Notes.IsPageNote(more[i]))
                {
                    area = area is { } a && Notes.Order(more[i]) > a.LastOrder ? a.Append(Notes, this, more[i], NoteWidth) : null;
                }
            }
        }

        return Copy(merged, AtPageTop, Relaxed, area);
    }

    public LayoutContext NotAtTop() => AtPageTop ? Copy(Pending, false, Relaxed, _pendingArea) : this;

    public LayoutContext AsRelaxed() => Copy(Pending, AtPageTop, true, _pendingArea);

    /// <summary>A context for laying out note texts themselves: they carry no notes of their own.</summary>
    /// <remarks>Made once and handed on to every copy: table rows ask for it once per cell.</remarks>
    public LayoutContext ForNotes() =>
        _forNotes ??= new(Measurer, FootnoteRegistry.Empty, NoteWidth, []) { Diagnostics = Diagnostics };

    /// <summary>The page-bottom labels among <paramref name="labels"/> not yet on this or an earlier page.</summary>
    public IReadOnlyList<string> NewNotes(IReadOnlyList<string> labels)
    {
        List<string>? result = null; // most lines cite nothing: no list then
        for (int i = 0; i < labels.Count; i++) // by index: foreach would box an enumerator
        {
            string label = labels[i];
            if (Notes.IsPageNote(label) && !_placed.Contains(label) && !Pending.Contains(label) && !(result?.Contains(label) ?? false))
            {
                (result ??= []).Add(label);
            }
        }

        // Not "result ?? []": that would make the empty answer a new List.
        if (result is null)
        {
            return [];
        }

        return result;
    }

    /// <summary>Extra page-bottom height that citing <paramref name="labels"/> here would take.</summary>
    /// <remarks>The difference of two note areas, not a sum of note heights: two short notes share a line.</remarks>
    public double NoteCost(IReadOnlyList<string> labels)
    {
        var fresh = NewNotes(labels);
        if (fresh.Count == 0)
        {
            return 0;
        }

        var pending = _pendingArea ??= Notes.Area(this, Pending, NoteWidth);
        var area = pending;
        for (int i = 0; i < fresh.Count; i++)
        {
            if (Notes.Order(fresh[i]) < area.LastOrder)
            {
                // Cited out of order (rare): lay the whole set out again.
                var all = new List<string>(Pending.Count + fresh.Count);
                all.AddRange(Pending);
                all.AddRange(fresh);
                return Notes.AreaHeight(this, all, NoteWidth) - pending.Height;
            }

            area = area.Append(Notes, this, fresh[i], NoteWidth);
        }

        return area.Height - pending.Height;
    }

    LayoutContext Copy(IReadOnlyList<string> pending, bool atTop, bool relaxed, NoteArea? area) =>
        new(Measurer, Notes, NoteWidth, _placed) { Diagnostics = Diagnostics, Pending = pending, AtPageTop = atTop, Relaxed = relaxed, _forNotes = _forNotes, _pendingArea = area };
}
