using BriefingKit.Analysis;

namespace BriefingKit.Tests.Analysis;

public class TimelineTests
{
    [Fact]
    public void Entries_are_chronological_with_month_dates_before_their_days_and_shown_at_their_precision()
    {
        var timeline = Timeline.Build(Seed.Dossier.Events, Seed.Dossier.Statements);
        timeline.Select(e => e.Date).ShouldBeInOrder(SortDirection.Ascending);

        var december = timeline.Where(e => e.Date.Year == 2023 && e.Date.Month == 12).ToList();
        var firstDay = december.FindIndex(e => e.Date.Day != 0);
        december.Skip(firstDay).ShouldAllBe(e => e.Date.Day != 0);
        december[0].DateText.ShouldBe("Dec 2023");
        timeline.ShouldContain(e => e.DateText == "27 Dec 2023");
    }

    [Fact]
    public void Undated_statements_are_left_out_and_dated_ones_included()
    {
        var timeline = Timeline.Build(Seed.Dossier.Events, Seed.Dossier.Statements);
        var dated = Seed.Dossier.Statements.Count(s => s.Date is not null);
        timeline.Count.ShouldBe(Seed.Dossier.Events.Count + dated);
    }
}
