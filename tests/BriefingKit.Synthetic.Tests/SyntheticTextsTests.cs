using BriefingKit.Loading;
using BriefingKit.Loading.SourceTexts;

namespace BriefingKit.Synthetic.Tests;

/// <summary>Synthetic dossiers with stored source texts (issue 16): every quote proved against its source's text.</summary>
public sealed class SyntheticTextsTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "bk-synthetic-texts-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(1_000, SyntheticDossier.DefaultSeed)]
    [InlineData(1_000, 3)]
    [InlineData(100, SyntheticDossier.DefaultSeed)]
    public void A_dossier_with_texts_loads_from_disk_with_every_quote_verified(int facts, int seed)
    {
        var synthetic = SyntheticDossier.Generate(facts, seed, withTexts: true);

        var result = DossierLoader.Load(synthetic.WriteTo(folder), synthetic.Limits);

        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics.Take(20)));
        result.Succeeded.ShouldBeTrue();
        result.SourceTexts.Count.ShouldBe(synthetic.Counts.Sources);
        foreach (var report in result.SourceTexts)
        {
            report.Text.ShouldBe($"texts/{report.SourceId}.txt");
            report.Citations.ShouldBeGreaterThan(0, report.SourceId);
            report.Verified.ShouldBe(report.Citations, report.SourceId);
        }
    }

    [Fact]
    public void Texts_are_articles_of_a_few_kilobytes_one_paragraph_a_line_with_checked_locators()
    {
        var synthetic = SyntheticDossier.Generate(1_000, withTexts: true);
        var spec = DossierLoader.LoadText(synthetic.FileName, synthetic.Text).Spec.ShouldNotBeNull();

        synthetic.Texts.Select(t => t.SourceId).ShouldBe(spec.Sources.Select(s => s.Id));
        synthetic.Texts.ShouldAllBe(t => t.Content.Length > 3_000 && !t.Content.Contains("\n\n", StringComparison.Ordinal));
        var citations = SourceTextCheck.AllCitations(spec).ToList();
        citations.Count(c => c.Locator is { } l && SourceTextCheck.Paragraphs(l) is not null).ShouldBeGreaterThan(citations.Count / 2);
    }

    [Fact]
    public void Texts_are_opt_in_and_leave_the_dossier_as_it_was_apart_from_the_text_lines()
    {
        var plain = SyntheticDossier.Generate(1_000);
        var texted = SyntheticDossier.Generate(1_000, withTexts: true);

        plain.Texts.ShouldBeEmpty();
        plain.Text.ShouldNotContain("\n    text: ");
        SyntheticDossier.Generate(1_000, withTexts: false).Text.ShouldBe(plain.Text);
        var extra = texted.Text.Split('\n').Except(plain.Text.Split('\n')).ToList();
        extra.Count(l => l.StartsWith("    text: \"texts/", StringComparison.Ordinal)).ShouldBe(plain.Counts.Sources);
        extra.Count(l => !l.StartsWith("    text: ", StringComparison.Ordinal)).ShouldBeLessThan(20); // moved locators only
    }

    [Fact]
    public void The_same_seed_gives_the_same_texts()
    {
        var first = SyntheticDossier.Generate(1_000, seed: 7, withTexts: true);
        var again = SyntheticDossier.Generate(1_000, seed: 7, withTexts: true);

        again.Text.ShouldBe(first.Text);
        again.Texts.ShouldBe(first.Texts);
        SyntheticDossier.Generate(1_000, seed: 8, withTexts: true).Texts[0].Content.ShouldNotBe(first.Texts[0].Content);
    }

    [Fact]
    public void Changing_one_quote_in_one_text_is_reported_as_BK3010()
    {
        var synthetic = SyntheticDossier.Generate(1_000, withTexts: true);
        var path = synthetic.WriteTo(folder);
        var spec = DossierLoader.LoadText(path, synthetic.Text).Spec.ShouldNotBeNull();

        // A statistic's quote: a whole sentence that no other quote or filler holds. Its figure is changed in the text.
        var citation = SourceTextCheck.AllCitations(spec).First(c => c.Quote.Contains(" migrants in the ", StringComparison.Ordinal));
        var file = Path.Combine(folder, "texts", citation.Source.Id + ".txt");
        var text = File.ReadAllText(file);
        var changed = citation.Quote.Replace(" migrants in the ", " people in the ", StringComparison.Ordinal);
        text.ShouldContain(citation.Quote);
        File.WriteAllText(file, text.Replace(citation.Quote, changed, StringComparison.Ordinal));

        var result = DossierLoader.Load(path, synthetic.Limits);

        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        errors.ShouldNotBeEmpty();
        errors.ShouldAllBe(d => d.Code == "BK3010");
        errors.ShouldContain(d => d.Message.Contains($"'{citation.Source.Id}'", StringComparison.Ordinal));
        result.SourceTexts.Single(r => r.SourceId == citation.Source.Id).Verified.ShouldBeLessThan(result.SourceTexts.Single(r => r.SourceId == citation.Source.Id).Citations);
    }
}
