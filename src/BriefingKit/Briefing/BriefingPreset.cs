using BriefingKit.Schema.Model;

namespace BriefingKit.Briefing;

/// <summary>The built-in shapes of a briefing; each has a template set of the same name (<c>--template brief</c>).</summary>
public enum BriefingPreset
{
    /// <summary>The default: the bottom line on page one, a short body, then an annex with the detail.</summary>
    Brief,

    /// <summary>Page one only, plus the sources.</summary>
    Memo,

    /// <summary>Every section with all its evidence, each footnote with its full reference and quote.</summary>
    Full,
}

/// <summary>Where a section sits in a briefing: on page one, in the body, or in the annex.</summary>
public enum BriefingPart
{
    /// <summary>Page one: the bottom line, key judgments, headline figures and what to watch; the PDF starts the body on page 2. Unused by <see cref="BriefingPreset.Full"/>.</summary>
    PageOne,
    /// <summary>The body: in <see cref="BriefingPreset.Brief"/> the background, disagreements, timeline and policy levers; in the other presets every section not on page one.</summary>
    Body,
    /// <summary>The annex of reference material in <see cref="BriefingPreset.Brief"/>: who's who, agencies, all figures, statements and sources.</summary>
    Annex,
}

/// <summary>How a section appears in one preset: the partial that renders it, its heading and its part.</summary>
/// <param name="Partial">The name of the partial that renders the section: <c>bottom-line</c>, <c>events</c>, <c>whos-who</c> …</param>
/// <param name="Title">The section's heading in this preset: "Background", "All figures" …</param>
/// <param name="Part">Where the section sits in this preset.</param>
public sealed record SectionLayout(string Partial, string Title, BriefingPart Part);

/// <summary>What each <see cref="BriefingPreset"/> shows and how it lays out each section.</summary>
public static class BriefingPresets
{
    /// <summary>The preset's name, as <c>--template</c> takes it and as its main template is named: "brief".</summary>
    public static string Name(BriefingPreset preset) => Kebab.Of(preset);

    /// <summary>Parses a preset name as <c>--template</c> takes it ("brief", "memo", "full"), ignoring surrounding whitespace.</summary>
    public static bool TryParse(string name, out BriefingPreset preset) => Kebab.TryParse(name.Trim(), out preset);

    /// <summary>The sections a preset shows when none are chosen, in reading order.</summary>
    public static IReadOnlyList<BriefingSection> Sections(BriefingPreset preset) => preset switch
    {
        BriefingPreset.Brief =>
        [
            BriefingSection.KeyJudgments, BriefingSection.Summary, BriefingSection.Discrepancies, BriefingSection.Timeline,
            BriefingSection.Policies, BriefingSection.WhosWho, BriefingSection.Agencies, BriefingSection.Numbers,
            BriefingSection.Statements, BriefingSection.Sources,
        ],
        BriefingPreset.Memo => [BriefingSection.KeyJudgments, BriefingSection.Sources],
        _ => BriefingSections.All,
    };

    /// <summary>How <paramref name="section"/> is laid out in <paramref name="preset"/>.</summary>
    public static SectionLayout Layout(BriefingPreset preset, BriefingSection section)
    {
        var partial = BriefingSections.PartialName(section);
        var title = BriefingSections.Title(section);
        if (preset == BriefingPreset.Full)
        {
            return new SectionLayout(partial, title, BriefingPart.Body);
        }

        return section switch
        {
            BriefingSection.KeyJudgments => new SectionLayout("bottom-line", "Bottom line", BriefingPart.PageOne),
            BriefingSection.Summary => new SectionLayout(partial, "Background", BriefingPart.Body),
            BriefingSection.Timeline => new SectionLayout("events", "Timeline", BriefingPart.Body),
            BriefingSection.Policies => new SectionLayout("policy-levers", title, BriefingPart.Body),
            BriefingSection.Discrepancies => new SectionLayout(partial, title, BriefingPart.Body),
            BriefingSection.WhosWho => new SectionLayout("people", title, preset == BriefingPreset.Memo ? BriefingPart.Body : BriefingPart.Annex),
            BriefingSection.Statements => new SectionLayout("statement-table", title, preset == BriefingPreset.Memo ? BriefingPart.Body : BriefingPart.Annex),
            BriefingSection.Agencies => new SectionLayout("agency-table", title, preset == BriefingPreset.Memo ? BriefingPart.Body : BriefingPart.Annex),
            BriefingSection.Sources => new SectionLayout("source-list", title, preset == BriefingPreset.Memo ? BriefingPart.Body : BriefingPart.Annex),
            BriefingSection.Numbers => new SectionLayout(partial, "All figures", preset == BriefingPreset.Memo ? BriefingPart.Body : BriefingPart.Annex),
            _ => new SectionLayout(partial, title, preset == BriefingPreset.Memo ? BriefingPart.Body : BriefingPart.Annex),
        };
    }
}
