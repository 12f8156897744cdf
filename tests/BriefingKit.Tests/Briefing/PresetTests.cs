using System.Text.RegularExpressions;
using BriefingKit.Briefing;
using Escaper = BriefingKit.Markdown.MarkdownEscaper;

namespace BriefingKit.Tests.Briefing;

/// <summary>The three built-in shapes of a briefing, as a reader of the seed gets them.</summary>
public partial class PresetTests
{
    private static readonly string Brief = BriefingBuilder.For(Seed.Dossier).Build().RenderMarkdown();

    private static readonly string Memo = BriefingBuilder.For(Seed.Dossier).WithPreset(BriefingPreset.Memo).Build().RenderMarkdown();

    private static readonly string Full = BriefingBuilder.For(Seed.Dossier).WithPreset(BriefingPreset.Full).Build().RenderMarkdown();

    [Fact]
    public void The_brief_puts_the_bottom_line_first_then_the_body_then_the_annex()
    {
        BriefingBuilderTests.Headings(Brief, level: 2).ShouldBe(["Bottom line", "Background", "Where sources disagree", "Timeline", "Policy levers", "Annex"]);
        BriefingBuilderTests.Headings(Brief, level: 3).Take(2).ShouldBe(["Key judgments", "Key figures"]);
        BriefingBuilderTests.Headings(Brief, level: 3).TakeLast(5).ShouldBe(["Who’s who", "Agencies", "All figures", "Statements", "Sources"]);
        Brief.IndexOf("<!-- briefingkit:page-break -->", StringComparison.Ordinal).ShouldBeLessThan(Brief.IndexOf("## Background", StringComparison.Ordinal));
        Brief.IndexOf("<!-- briefingkit:page-break -->", StringComparison.Ordinal).ShouldBeGreaterThan(Brief.IndexOf("**What to watch:**", StringComparison.Ordinal));
    }

    [Fact]
    public void The_body_before_the_annex_stays_under_1800_words()
    {
        var body = Brief[..Brief.IndexOf("\n## Annex", StringComparison.Ordinal)];
        Word().Count(body).ShouldBeLessThanOrEqualTo(1_800);
    }

    [Fact]
    public void Every_key_judgment_is_on_page_one_with_one_note_listing_its_sources()
    {
        var pageOne = Brief[..Brief.IndexOf("<!-- briefingkit:page-break -->", StringComparison.Ordinal)];
        foreach (var judgment in Seed.Dossier.KeyJudgments)
        {
            var line = pageOne.Split('\n').Single(l => l.Contains(judgment.Text[..40].Replace("$", "\\$", StringComparison.Ordinal), StringComparison.Ordinal));
            var mark = NoteMark().Matches(line).ShouldHaveSingleItem().Groups[1].Value;
            var note = Definition(Brief, mark);
            note.ShouldStartWith("Based on ");
            foreach (var outlet in judgment.BasedOn.OfType<Model.ICited>().SelectMany(f => f.Citations).Select(c => c.Source.Outlet).Distinct())
            {
                note.ShouldContain(outlet);
            }
        }
    }

    [Fact]
    public void Page_one_gives_at_most_five_figures_with_ranges_where_sources_differ()
    {
        var view = BriefingBuilder.For(Seed.Dossier).Build().View;
        view.HeadlineFigures.Count.ShouldBeInRange(1, 5);
        var daily = view.HeadlineFigures.Where(f => f.Figure.Contains("a day", StringComparison.Ordinal)).ShouldHaveSingleItem();
        daily.Figure.ShouldBe("from 7,000 to 10,000 migrants a day");
        daily.SourcesDiffer.ShouldBeTrue();
        Definition(Brief, daily.Notes.ShouldHaveSingleItem().ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe("Based on CBS News (28 Dec 2023, para 17), The Wall Street Journal (21 Dec 2023, para 10) and ADN America (28 Dec 2023, para 10).");
        view.WatchNext.ShouldHaveSingleItem().Text.ShouldContain("Washington");
    }

    [Fact]
    public void Page_one_counts_the_figures_it_leaves_out_and_says_where_they_are()
    {
        var yaml = File.ReadAllText(Seed.Path);
        var statistics = Regex.Matches(yaml, @"(?m)^  - id: (stat-[a-z0-9-]+)$").Select(m => m.Groups[1].Value).ToList();
        yaml = yaml.Replace(
            "based-on: [stat-aid-package,",
            $"based-on: [{string.Join(", ", statistics)}, stat-aid-package,",
            StringComparison.Ordinal);
        var dossier = BriefingKit.Loading.DossierLoader.LoadText("many-figures.dossier.yaml", yaml).Dossier.ShouldNotBeNull();

        var brief = BriefingBuilder.For(dossier).Build();
        brief.View.HeadlineFigures.Count.ShouldBe(5);
        brief.View.MoreFigures.ShouldBe(statistics.Count - 3 - 5); // three daily and two November figures are one range each
        brief.RenderMarkdown().ShouldContain($"{brief.View.MoreFigures} more figures behind the judgments are under All figures.");

        var memo = BriefingBuilder.For(dossier).WithPreset(BriefingPreset.Memo).Build().RenderMarkdown();
        memo.ShouldContain($"{brief.View.MoreFigures} more figures behind the judgments are in the full briefing.");
        BriefingBuilder.For(Seed.Dossier).Build().View.MoreFigures.ShouldBe(0);
        Brief.ShouldNotContain("more figures behind");
    }

    [Fact]
    public void The_brief_timeline_lists_events_only()
    {
        var view = BriefingBuilder.For(Seed.Dossier).Build().View;
        view.Timeline.Select(row => row.Text).ShouldBe(Seed.Dossier.Events.Select(e => e.Title), ignoreOrder: true);
        BriefingBuilder.For(Seed.Dossier).WithPreset(BriefingPreset.Full).Build().View.Timeline.Count
            .ShouldBe(Seed.Dossier.Events.Count + Seed.Dossier.Statements.Count(s => s.Date is not null));
    }

    [Theory]
    [InlineData(BriefingPreset.Brief)]
    [InlineData(BriefingPreset.Memo)]
    [InlineData(BriefingPreset.Full)]
    public void No_two_footnotes_alike_and_every_note_is_cited(BriefingPreset preset)
    {
        var markdown = preset switch { BriefingPreset.Memo => Memo, BriefingPreset.Full => Full, _ => Brief };
        var definitions = Regex.Matches(markdown, @"^\[\^(\d+)\]: (.*)$", RegexOptions.Multiline);
        definitions.Select(d => d.Groups[2].Value).ShouldBeUnique();
        var cited = NoteMark().Matches(markdown).Select(m => m.Groups[1].Value).ToHashSet();
        definitions.Select(d => d.Groups[1].Value).ShouldBe(cited, ignoreOrder: true);
    }

    [Fact]
    public void A_source_gets_its_full_reference_once_then_a_short_form()
    {
        foreach (var source in Seed.Dossier.Sources.Where(s => Brief.Contains(s.Outlet, StringComparison.Ordinal)))
        {
            var title = $"“{Escaper.EscapeInline(source.Title)}”";
            Regex.Count(Brief, @"^\[\^\d+\]: " + Regex.Escape(Escaper.EscapeInline(source.Outlet)) + ", " + Regex.Escape(title), RegexOptions.Multiline)
                .ShouldBeLessThanOrEqualTo(1, source.Id);
        }
    }

    [Fact]
    public void Every_excerpt_in_a_note_is_the_quotes_own_words()
    {
        var quotes = AllCitations().Select(c => c.Quote).ToList();
        foreach (Match note in Regex.Matches(Brief, @"^\[\^\d+\]: .*?: “(.*)”$", RegexOptions.Multiline))
        {
            var parts = note.Groups[1].Value.Split('…', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            quotes.ShouldContain(q => parts.All(p => q.Contains(Unescape(p), StringComparison.Ordinal)), note.Value);
        }
    }

    [Fact]
    public void The_memo_is_page_one_and_the_sources()
    {
        BriefingBuilderTests.Headings(Memo, level: 2).ShouldBe(["Bottom line", "Sources"]);
        Memo.ShouldNotContain("## Annex");
    }

    [Fact]
    public void The_full_briefing_keeps_every_quote_whole()
    {
        var notes = BriefingBuilder.For(Seed.Dossier).WithPreset(BriefingPreset.Full).Build().View.Footnotes;
        notes.Count.ShouldBeGreaterThan(100);
        foreach (var note in notes)
        {
            Unescape(Full).Contains(note.Quote, StringComparison.Ordinal).ShouldBeTrue(note.Quote);
        }
    }

    private static IEnumerable<Model.Citation> AllCitations() => BriefingBuilder.For(Seed.Dossier).Build().Content.AllCitations()
        .Concat(Seed.Dossier.Actors.SelectMany(a => a.Roles).SelectMany(r => r.Citations));

    private static string Definition(string markdown, string number) =>
        Regex.Match(markdown, @"^\[\^" + number + @"\]: (.*)$", RegexOptions.Multiline).Groups[1].Value;

    /// <summary>Markdown escaping undone, to compare a written excerpt with the quote in the dossier.</summary>
    private static string Unescape(string text) => Regex.Replace(text, @"\\([\\`*_{}\[\]()#+\-.!|<>~$&])", "$1");

    [GeneratedRegex(@"[\w’]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\[\^(\d+)\](?!:)")]
    private static partial Regex NoteMark();
}
