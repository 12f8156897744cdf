using BriefingKit.Loading;
using BriefingKit.Loading.SourceTexts;

namespace BriefingKit.Tests.SourceTexts;

/// <summary>The seed dossier against the five articles it models, with their texts attached.</summary>
public sealed class SeedQuoteTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("bk-seed-texts-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [SeedTextsFact]
    public void Every_quote_of_the_seed_is_verbatim_in_its_article_and_in_the_paragraph_its_locator_names()
    {
        var result = DossierLoader.Load(SeedTexts.WriteDossierWithTexts(folder));

        result.Diagnostics.ShouldBeEmpty();
        result.SourceTexts.Count.ShouldBe(5);
        result.SourceTexts.ShouldAllBe(s => s.Text != null && s.Citations > 0 && s.Verified == s.Citations);
    }

    [SeedTextsFact]
    public void Changing_one_letter_of_any_quote_is_caught()
    {
        var path = SeedTexts.WriteDossierWithTexts(folder);
        var spec = DossierLoader.Load(path).Spec.ShouldNotBeNull();
        var texts = SeedTexts.FileOf.ToDictionary(p => p.Key, p => StoredText.From(p.Value, File.ReadAllText(Path.Combine(folder, "texts", p.Value))));

        var citations = SourceTextCheck.AllCitations(spec).ToList();
        citations.Count.ShouldBeGreaterThan(150);
        foreach (var citation in citations)
        {
            QuoteFinder.Find(citation.Quote, texts[citation.Source.Id]).Found.ShouldBeTrue(citation.Quote);
            QuoteFinder.Find(ChangeOneLetter(citation.Quote), texts[citation.Source.Id]).Found.ShouldBeFalse(ChangeOneLetter(citation.Quote));
        }
    }

    [SeedTextsFact]
    public void A_changed_quote_is_an_error_on_its_own_line_naming_the_word_that_differs()
    {
        var path = SeedTexts.WriteDossierWithTexts(folder);
        var yaml = File.ReadAllText(path);
        const string original = "In November, Border Patrol agents apprehended more than 191,000 migrants";
        var at = yaml.IndexOf(original, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0);
        File.WriteAllText(path, yaml.Replace(original, original.Replace("191,000", "119,000", StringComparison.Ordinal), StringComparison.Ordinal));

        var result = DossierLoader.Load(path);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("BK3010");
        error.Line.ShouldBe(yaml[..at].Count(c => c == '\n') + 1);
        error.Message.ShouldContain("“119,000” where the text has “191,000”");
        error.Message.ShouldContain("para 17");
        result.Dossier.ShouldBeNull();
    }

    // The middle letter of the quote, made another letter of the same case.
    private static string ChangeOneLetter(string quote)
    {
        var letters = Enumerable.Range(0, quote.Length).Where(i => char.IsAsciiLetter(quote[i])).ToList();
        var i = letters[letters.Count / 2];
        var replacement = quote[i] is 'z' or 'Z' ? (char)(quote[i] - 1) : (char)(quote[i] + 1);
        return string.Concat(quote.AsSpan(0, i), replacement.ToString(), quote.AsSpan(i + 1));
    }
}
