using BriefingKit.Briefing;

namespace BriefingKit.Tests.Briefing;

public class QuoteExcerptTests
{
    private const string Long =
        "The meeting ran for more than two hours and covered many subjects, among them trade, security and the shared border, " +
        "and officials said that arrests had dropped to about 2,500 a day by the end of the week, down from the peak earlier in the month.";

    [Fact]
    public void A_short_quote_is_given_whole() =>
        QuoteExcerpt.Of("Mexico came with a plan.", "plan").ShouldBe("Mexico came with a plan.");

    [Fact]
    public void A_long_quote_keeps_the_words_around_the_figure_the_fact_cites()
    {
        var excerpt = QuoteExcerpt.Of(Long, "about 2,500 arrests a day");
        excerpt.ShouldStartWith("… ");
        excerpt.ShouldContain("about 2,500 a day", Case.Sensitive);
        excerpt.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w != "…").ShouldBe(QuoteExcerpt.MaxWords);
        Long.ShouldContain(excerpt.Trim('…', ' '));
    }

    [Fact]
    public void Without_shared_words_the_opening_is_kept()
    {
        var excerpt = QuoteExcerpt.Of(Long, "nothing in common");
        excerpt.ShouldStartWith("The meeting ran");
        excerpt.ShouldEndWith(" …");
        Long.ShouldStartWith(excerpt[..^2]);
    }
}
