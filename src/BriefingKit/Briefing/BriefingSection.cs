using BriefingKit.Schema.Model;

namespace BriefingKit.Briefing;

/// <summary>The sections a briefing can hold; each is rendered by the template partial of the same (kebab-case) name.</summary>
public enum BriefingSection
{
    /// <summary>The bottom line and key judgments with their confidence; in the short presets also the headline figures and what to watch.</summary>
    KeyJudgments,
    /// <summary>The analyst's summary, printed as the Background.</summary>
    Summary,
    /// <summary>Events in date order; in <see cref="BriefingPreset.Full"/> dated statements too.</summary>
    Timeline,
    /// <summary>Named people with their role on the briefing date, then unnamed officials.</summary>
    WhosWho,
    /// <summary>The agencies involved, with acronym, kind, country and parent.</summary>
    Agencies,
    /// <summary>Policy levers and their status; in the short presets only those still in play.</summary>
    Policies,
    /// <summary>Every reported figure, with its period, place and sources.</summary>
    Numbers,
    /// <summary>Where sources disagree on a figure or a claim, and whether they can all be true.</summary>
    Discrepancies,
    /// <summary>What actors and agencies said, quoted or paraphrased, in date order.</summary>
    Statements,
    /// <summary>The sources cited, with their reliability grades.</summary>
    Sources,
}

/// <summary>Names, headings and the default order of the <see cref="BriefingSection"/> values.</summary>
public static class BriefingSections
{
    /// <summary>Every section, in the default reading order.</summary>
    public static IReadOnlyList<BriefingSection> All { get; } = Enum.GetValues<BriefingSection>();

    /// <summary>The partial that renders a section: <c>WhosWho</c> → <c>whos-who</c>.</summary>
    public static string PartialName(BriefingSection section) => Kebab.Of(section);

    /// <summary>The section's default heading ("Key judgments", "Who’s who"); a preset may use another (<see cref="BriefingPresets.Layout"/>).</summary>
    public static string Title(BriefingSection section) => section switch
    {
        BriefingSection.KeyJudgments => "Key judgments",
        BriefingSection.WhosWho => "Who’s who",
        BriefingSection.Policies => "Policy levers",
        BriefingSection.Numbers => "The numbers",
        BriefingSection.Discrepancies => "Where sources disagree",
        _ => section.ToString(),
    };

    /// <summary>Parses "timeline", "whos-who" (as the CLI takes them).</summary>
    public static bool TryParse(string name, out BriefingSection section) => Kebab.TryParse(name.Trim(), out section);
}
