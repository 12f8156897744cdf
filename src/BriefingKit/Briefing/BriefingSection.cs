using BriefingKit.Schema.Model;

namespace BriefingKit.Briefing;

/// <summary>The sections a briefing can hold; each is rendered by the template partial of the same (kebab-case) name.</summary>
public enum BriefingSection
{
    KeyJudgments,
    Summary,
    Timeline,
    WhosWho,
    Agencies,
    Policies,
    Numbers,
    Discrepancies,
    Statements,
    Sources,
}

public static class BriefingSections
{
    /// <summary>Every section, in the default reading order.</summary>
    public static IReadOnlyList<BriefingSection> All { get; } = Enum.GetValues<BriefingSection>();

    /// <summary>The partial that renders a section: <c>WhosWho</c> → <c>whos-who</c>.</summary>
    public static string PartialName(BriefingSection section) => Kebab.Of(section);

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
