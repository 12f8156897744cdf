using BriefingKit.Generators.CodeFixes;
using BriefingKit.Generators.Tests.Support;
using Microsoft.CodeAnalysis.CodeFixes;

namespace BriefingKit.Generators.Tests.Analyzers;

/// <summary>The code fix swaps a string lookup for the generated catalog member.</summary>
public class CodeFixTests
{
    private const string Small = "border-talks.dossier.yaml";

    [Fact]
    public async Task BK7003_fix_replaces_the_lookup_with_the_member_simplified_to_the_usings()
    {
        var code = LookupScenario.Method("""return d.Statistic("stat-daily").Value;""");

        var (fixedCode, title) = await CodeFixRunner.Apply(code, "BK7003", Small);

        title.ShouldBe("Use BorderTalks.Statistics.StatDaily");
        fixedCode.ShouldBe(code.Replace("""d.Statistic("stat-daily")""", "BorderTalks.Statistics.StatDaily", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BK7001_fix_uses_the_member_of_the_suggested_id()
    {
        var code = """
            using BriefingKit.Model;
            namespace Elsewhere;
            public static class Use
            {
                public static Actor Run() => Demo.BorderTalks.Dossier.Actor("blinkn"); // typo
            }
            """;

        var (fixedCode, title) = await CodeFixRunner.Apply(code, "BK7001", Small);

        title.ShouldBe("Use BorderTalks.Actors.Blinken");
        fixedCode.ShouldContain("public static Actor Run() => Demo.BorderTalks.Actors.Blinken; // typo");
    }

    [Fact]
    public async Task No_fix_is_offered_without_a_suggestion()
    {
        var count = await CodeFixRunner.CountFixes(LookupScenario.Method("""return d.Find("nothing-like-it");"""), "BK7001", Small);

        count.ShouldBe(0);
    }

    [Fact]
    public void Fixes_BK7001_and_BK7003_and_supports_fix_all()
    {
        var provider = new UseGeneratedMemberCodeFix();

        provider.FixableDiagnosticIds.ShouldBe(["BK7001", "BK7003"]);
        provider.GetFixAllProvider().ShouldBeSameAs(WellKnownFixAllProviders.BatchFixer);
    }
}
