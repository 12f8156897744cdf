using BriefingKit.Analysis;

namespace BriefingKit.Tests.Analysis;

public class CitationIndexTests
{
    [Fact]
    public void Numbers_follow_first_use_and_repeat_for_the_same_passage()
    {
        var index = new CitationIndex();
        var statistics = Seed.Dossier.Statistics;
        var first = index.NumbersOf(statistics[1].Citations);
        var second = index.NumbersOf(statistics[0].Citations);
        first[0].ShouldBe(1);
        second[0].ShouldBe(first.Count + 1);
        index.NumbersOf(statistics[1].Citations).ShouldBe(first);
        index.Notes.Count.ShouldBe(first.Count + second.Count);
    }
}

public class WhosWhoTests
{
    [Fact]
    public void Role_is_the_one_held_on_the_briefing_date()
    {
        var d = Seed.Load(Seed.Minimal.Replace("    country: MX\n", "    country: MX\n    roles:\n      - title: Head of Government of Mexico City\n        from: 2000-12\n        to: 2005-07\n      - title: President of Mexico\n        from: 2018-12\n", StringComparison.Ordinal));
        var entries = WhosWho.AsOf(d.Actors, d.AsOf);
        entries.ShouldHaveSingleItem().RoleText.ShouldBe("President of Mexico");
        Schema.Model.PartialDate.TryParse("2003", out var earlier).ShouldBeTrue();
        WhosWho.AsOf(d.Actors, earlier)[0].RoleText.ShouldBe("Head of Government of Mexico City");
    }

    [Fact]
    public void Named_actors_come_first_then_unnamed_officials()
    {
        var entries = WhosWho.AsOf(Seed.Dossier.Actors, Seed.Dossier.AsOf);
        entries.SkipWhile(e => !e.Actor.Anonymous).ShouldAllBe(e => e.Actor.Anonymous);
        entries.ShouldContain(e => e.Actor.Anonymous);
    }
}
