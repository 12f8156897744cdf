using BriefingKit.Briefing;
using BriefingKit.Schema.Diagnostics;
using Markdig;
using Markdig.Syntax;

namespace BriefingKit.Tests.Briefing;

public class BriefingBuilderTests
{
    [Fact]
    public void Builder_is_immutable()
    {
        var baseBuilder = BriefingBuilder.For(Seed.Dossier);
        var marked = baseBuilder.WithMarking("SECRET");
        baseBuilder.Options.Marking.ShouldBeNull();
        marked.Options.Marking.ShouldBe("SECRET");
    }

    [Fact]
    public void Sections_render_in_the_order_given_and_only_those()
    {
        var full = BriefingBuilder.For(Seed.Dossier).WithPreset(BriefingPreset.Full)
            .WithSections(BriefingSection.Sources, BriefingSection.Numbers)
            .Build().RenderMarkdown();
        Headings(full, level: 2).ShouldBe(["Sources", "The numbers"]);

        // In the default briefing both are annex sections: under one Annex heading, in the order given.
        var brief = BriefingBuilder.For(Seed.Dossier).WithSections(BriefingSection.Sources, BriefingSection.Numbers).Build().RenderMarkdown();
        Headings(brief, level: 2).ShouldBe(["Annex"]);
        Headings(brief, level: 3).ShouldBe(["Sources", "All figures"]);
    }

    [Fact]
    public void Title_marking_audience_and_date_override_the_dossier()
    {
        var markdown = BriefingBuilder.For(Seed.Dossier).WithTitle("Title | with pipe").WithMarking("SECRET // NOFORN")
            .ForAudience("Deputy Secretary").AsOf("2023-12-22").Build().RenderMarkdown();
        markdown.ShouldContain("marking: \"SECRET // NOFORN\"");
        markdown.ShouldContain("**SECRET // NOFORN** · As of 22 Dec 2023 · Prepared for: Deputy Secretary");
        Headings(markdown, level: 1).ShouldBe(["Title | with pipe"]);
    }

    [Fact]
    public void Date_filter_keeps_only_facts_in_range()
    {
        var briefing = BriefingBuilder.For(Seed.Dossier).Between("2023-12-27", "2023-12-31").Build();
        briefing.Content.Events.ShouldNotBeEmpty();
        briefing.Content.Events.ShouldAllBe(e => e.Date.End >= new DateTime(2023, 12, 27) && e.Date.Start <= new DateTime(2023, 12, 31));
        briefing.Content.Statements.ShouldAllBe(s => s.Date != null);
    }

    [Fact]
    public void Actor_filter_accepts_aliases_and_keeps_their_facts()
    {
        var briefing = BriefingBuilder.For(Seed.Dossier).InvolvingActors("AMLO").Build();
        var amlo = Seed.Dossier.Actor("AMLO");
        briefing.Content.Statements.ShouldNotBeEmpty();
        briefing.Content.Statements.ShouldAllBe(s => s.Speaker == amlo);
        briefing.Content.Events.ShouldAllBe(e => e.Participants.Contains(amlo));
    }

    [Fact]
    public void Country_filter_keeps_parties_of_that_country()
    {
        var briefing = BriefingBuilder.For(Seed.Dossier).InCountries("MX").Build();
        briefing.Content.Statements.ShouldNotBeEmpty();
        briefing.Content.Statements.Select(s => s.Speaker).ShouldAllBe(p => Countries(p).Contains("MX"));
    }

    private static HashSet<string?> Countries(Model.IParty party)
    {
        var countries = new HashSet<string?> { party.Country };
        if (party is Model.Actor actor)
        {
            countries.Add(actor.Affiliation?.Country);
            countries.UnionWith(actor.Roles.Select(r => r.Country ?? r.Agency?.Country));
        }

        return countries;
    }

    [Fact]
    public void Unknown_ids_in_filters_are_refused_with_a_suggestion()
    {
        var ex = Should.Throw<ArgumentException>(() => BriefingBuilder.For(Seed.Dossier).InvolvingActors("blinkn").Build());
        ex.Message.ShouldContain("unknown actor 'blinkn' — did you mean 'blinken'?");
    }

    [Fact]
    public void A_tag_or_country_nothing_carries_is_a_warning_with_a_suggestion_not_a_silent_empty_briefing()
    {
        var briefing = BriefingBuilder.For(Seed.Dossier).Tagged("bordr", "border").InCountries("MXX").Build();

        briefing.Warnings.Select(w => (w.Code, w.Severity, w.File)).ShouldBe(
            [("BK5006", Severity.Warning, Seed.Dossier.File), ("BK5006", Severity.Warning, Seed.Dossier.File)]);
        briefing.Warnings[0].Message.ShouldBe("no fact in the dossier is tagged 'bordr', so the filter selects nothing from it — did you mean 'border'?");
        briefing.Warnings[1].Message.ShouldBe("no actor or agency in the dossier belongs to country 'MXX', so the filter selects nothing from it — did you mean 'MX'?");
    }

    [Fact]
    public void Tags_and_countries_the_dossier_uses_give_no_warning()
    {
        BriefingBuilder.For(Seed.Dossier).Tagged("border", "republican").InCountries("MX", "US").Build().Warnings.ShouldBeEmpty();
        BriefingBuilder.For(Seed.Dossier).Build().Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Two_renders_are_identical()
    {
        var builder = BriefingBuilder.For(Seed.Dossier);
        builder.Build().RenderMarkdown().ShouldBe(builder.Build().RenderMarkdown());
    }

    internal static List<string> Headings(string markdown, int level) =>
        Markdig.Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().UseYamlFrontMatter().Build())
            .Descendants<HeadingBlock>().Where(h => h.Level == level)
            .Select(h => string.Concat(h.Inline!.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()))).ToList();
}
