using System.Text.RegularExpressions;
using BriefingKit.Briefing;

namespace BriefingKit.Tests.Briefing;

/// <summary>The seed briefing as a reader gets it: approved snapshot plus the properties every briefing must have.</summary>
public partial class SeedBriefingTests
{
    private static readonly string Markdown = BriefingBuilder.For(Seed.Dossier).Build().RenderMarkdown();

    [Fact]
    public void Seed_briefing_matches_the_approved_snapshot() =>
        Markdown.ShouldMatchApproved(c => c.SubFolder("Approved").WithFileExtension(".md").NoDiff());

    [Fact]
    public void Every_footnote_is_referenced_and_every_reference_defined()
    {
        var defined = FootnoteDefinition().Matches(Markdown).Select(m => m.Groups[1].Value).ToList();
        var referenced = FootnoteReference().Matches(Markdown).Select(m => m.Groups[1].Value).Distinct().ToList();
        defined.ShouldBe(referenced, ignoreOrder: true);
        defined.Select(int.Parse).ShouldBe(Enumerable.Range(1, defined.Count));
    }

    [Fact]
    public void Every_figure_and_quote_carries_a_footnote()
    {
        var lines = Markdown.Split('\n');
        var numbers = TableRows(lines, "### All figures");
        numbers.Count.ShouldBe(Seed.Dossier.Statistics.Count);
        numbers.ShouldAllBe(row => FootnoteReference().IsMatch(row));
        var statements = TableRows(lines, "### Statements");
        statements.Count.ShouldBe(Seed.Dossier.Statements.Count);
        statements.ShouldAllBe(row => FootnoteReference().IsMatch(row));

        var full = BriefingBuilder.For(Seed.Dossier).WithPreset(BriefingPreset.Full).Build().RenderMarkdown().Split('\n');
        TableRows(full, "## The numbers").Count.ShouldBe(Seed.Dossier.Statistics.Count);
        full.Where(l => l.StartsWith("> ", StringComparison.Ordinal)).ShouldAllBe(quote => FootnoteReference().IsMatch(quote));
    }

    /// <summary>The body rows of the table under <paramref name="heading"/>.</summary>
    private static List<string> TableRows(string[] lines, string heading)
    {
        lines.ShouldContain(heading);
        return lines.SkipWhile(l => l != heading).Skip(4).TakeWhile(l => l.StartsWith('|')).ToList();
    }

    [Fact]
    public void Names_keep_their_accents_and_figures_are_all_there()
    {
        Markdown.ShouldContain("Andrés Manuel López Obrador");
        Markdown.ShouldContain("Alicia Bárcena");
        foreach (var statistic in Seed.Dossier.Statistics)
        {
            Markdown.ShouldContain(statistic.Wording.Replace("$", "\\$", StringComparison.Ordinal));
        }
    }

    [GeneratedRegex(@"^\[\^(\d+)\]:", RegexOptions.Multiline)]
    private static partial Regex FootnoteDefinition();

    [GeneratedRegex(@"\[\^(\d+)\](?!:)")]
    private static partial Regex FootnoteReference();
}
