using BriefingKit.Loading.SourceTexts;

namespace BriefingKit.Tests.SourceTexts;

/// <summary>The verbatim rule on texts of our own: what counts as the same words, and what "para N" is.</summary>
public sealed class QuoteFinderTests
{
    private static readonly StoredText Article = StoredText.From("article.txt", """
        Officials met on Wednesday.

        The talks were “productive,” a spokesperson said, and the two sides agreed to meet again in January.
        Crossings fell to about 2,500 a day by early January.
        """);

    [Fact]
    public void Whitespace_and_line_breaks_may_differ_and_nothing_else()
    {
        Find("The talks were “productive,”\n   a spokesperson   said").Found.ShouldBeTrue();
        Find("The talks were \"productive,\" a spokesperson said").Found.ShouldBeFalse("straight quotes are not the source's curly ones");
        Find("The talks were “productive”, a spokesperson said").Found.ShouldBeFalse("the comma is inside the quotation marks in the source");
        Find("the talks were “productive,”").Found.ShouldBeFalse("case counts");
    }

    [Fact]
    public void A_quote_starts_and_ends_on_word_boundaries()
    {
        Find("Crossings fell to about 2,500 a day").Found.ShouldBeTrue();
        Find("rossings fell").Found.ShouldBeFalse();
        Find("Crossings fell to about 2,5").Found.ShouldBeFalse();
    }

    [Fact]
    public void An_elision_joins_parts_that_occur_in_order()
    {
        Find("The talks were “productive,” … agreed to meet again in January.").Found.ShouldBeTrue();
        Find("agreed to meet again … The talks were").Found.ShouldBeFalse("the parts are out of order");
        var across = Find("Officials met … about 2,500 a day");
        across.Found.ShouldBeTrue();
        (across.FirstParagraph, across.LastParagraph).ShouldBe((1, 3));
    }

    [Fact]
    public void A_mismatch_names_the_first_word_that_differs_and_its_paragraph()
    {
        var miss = Find("Crossings fell to about 3,500 a day");
        miss.Found.ShouldBeFalse();
        miss.Difference.ShouldBe("it follows article.txt para 3 as far as “Crossings fell to about”, then the quote has “3,500” where the text has “2,500”");

        Find("Arrivals fell to about 2,500 a day").Difference
            .ShouldBe("it matches article.txt para 3 from “fell to about 2,500 a day” on, but before that the quote has “Arrivals” where the text has “Crossings”");
        Find("Nothing like this").Difference.ShouldBe("no passage of article.txt starts with “Nothing” or ends with “this”");
    }

    [Fact]
    public void In_plain_text_each_line_is_a_paragraph_and_in_markdown_each_block_is()
    {
        Article.ParagraphCount.ShouldBe(3);
        Find("Crossings fell").FirstParagraph.ShouldBe(3);

        var markdown = StoredText.From("article.md", "# Title\n\nFirst line\nof one paragraph.\n\nSecond paragraph.\n");
        markdown.ParagraphCount.ShouldBe(3);
        QuoteFinder.Find("First line of one paragraph. Second", markdown).ShouldBe(new QuoteMatch(true, 2, 3, null));
    }

    [Fact]
    public void A_quote_the_text_prints_twice_is_found_in_the_paragraph_its_locator_names()
    {
        var text = StoredText.From("twice.txt", "Talks were productive.\nNothing else.\nTalks were productive, he repeated.\n");

        QuoteFinder.Find("Talks were productive", text, (3, 3)).ShouldBe(new QuoteMatch(true, 3, 3, null));
        QuoteFinder.Find("Talks were productive", text, (2, 2)).ShouldBe(new QuoteMatch(true, 1, 1, null), "not in para 2: the first place it is");
        QuoteFinder.Find("Talks were productive", text).FirstParagraph.ShouldBe(1);
    }

    [Theory]
    [InlineData("para 7", 7, 7)]
    [InlineData("paras 7–9", 7, 9)]
    [InlineData("para 12-13", 12, 13)]
    public void Para_locators_name_paragraphs(string locator, int first, int last) =>
        SourceTextCheck.Paragraphs(locator).ShouldBe((first, last));

    [Theory]
    [InlineData("p. 4")]
    [InlineData("00:12:30")]
    [InlineData("para seven")]
    public void Other_locators_are_not_checked(string locator) => SourceTextCheck.Paragraphs(locator).ShouldBeNull();

    private static QuoteMatch Find(string quote) => QuoteFinder.Find(quote, Article);
}
