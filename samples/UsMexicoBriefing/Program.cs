using BriefingKit.Briefing;

namespace UsMexicoBriefing;

/// <summary>
/// Composes the seed briefing from the catalog BriefingKit's generator builds at compile time out of
/// us-mexico-migration-2023.dossier.yaml: every entity is a typed, checked member, and no YAML is read at run time.
/// </summary>
/// <remarks>
/// The catalog (UsMexicoMigration2023) lands in this project's RootNamespace, the namespace of this class. When the
/// dossier has errors the catalog keeps its types and members, so this code still compiles and the build shows only
/// the dossier's BK errors, at their YAML lines (see docs/generator.md, "When a dossier has errors").
/// </remarks>
internal static class Program
{
    public static void Main(string[] args)
    {
        var outputFolder = args.Length > 0 ? args[0] : "out";
        Directory.CreateDirectory(outputFolder);

        var dossier = UsMexicoMigration2023.Dossier;
        var meeting = UsMexicoMigration2023.Events.EvMexicoCityMeeting;
        var daily = UsMexicoMigration2023.Statistics.StatDailyApprehensionsCbs;
        var amlo = UsMexicoMigration2023.Actors.LopezObrador;
        Console.WriteLine($"{dossier.Title} (as of {dossier.AsOf.Display()})");
        Console.WriteLine($"{dossier.Sources.Count} sources, {dossier.Actors.Count} actors, {dossier.Statistics.Count} statistics, {dossier.Events.Count} events");
        Console.WriteLine($"{meeting.Date.Display()}: {meeting.Title}");
        Console.WriteLine($"{daily.Description}: {daily.Wording} ({daily.Citations[0].Source.Outlet}, grade {daily.Citations[0].Grade})");
        Console.WriteLine($"{amlo.Name}: {amlo.RoleAsOf(dossier.AsOf)?.Title}");

        // The seed briefing: every section, with the dossier's own marking and audience.
        var seed = UsMexicoMigration2023.Briefing().Build();
        var seedPath = Path.Combine(outputFolder, "us-mexico-migration-2023.md");
        seed.WriteMarkdown(seedPath);
        Console.WriteLine($"wrote {seedPath}");

        // A focused read-out on the Mexico City meeting, selected through generated members rather than strings.
        var focused = UsMexicoMigration2023.Briefing()
            .WithTitle("The Mexico City meeting of 27 December 2023")
            .ForAudience("Deputy Secretary of State")
            .InvolvingActors(UsMexicoMigration2023.Actors.LopezObrador, UsMexicoMigration2023.Actors.Blinken, UsMexicoMigration2023.Actors.Mayorkas)
            .Between("2023-12-01", "2023-12-31")
            .WithSections(BriefingSection.KeyJudgments, BriefingSection.Timeline, BriefingSection.Statements, BriefingSection.Sources)
            .Build();
        var focusedPath = Path.Combine(outputFolder, "mexico-city-meeting.md");
        focused.WriteMarkdown(focusedPath);
        Console.WriteLine($"wrote {focusedPath}");
    }
}
