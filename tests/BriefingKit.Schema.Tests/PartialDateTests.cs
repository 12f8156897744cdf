using BriefingKit.Schema.Model;

namespace BriefingKit.Schema.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData("2023-12-27", DatePrecision.Day, "27 Dec 2023")]
    [InlineData("2023-12", DatePrecision.Month, "Dec 2023")]
    [InlineData("2024", DatePrecision.Year, "2024")]
    public void Precision_is_kept_and_shown(string text, DatePrecision precision, string display)
    {
        PartialDate.TryParse(text, out var date).ShouldBeTrue();
        date.Precision.ShouldBe(precision);
        date.Display().ShouldBe(display);
        date.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("2023-13-45")]
    [InlineData("2023-02-29")]
    [InlineData("23-12-01")]
    [InlineData("2023-1-5")]
    [InlineData("2023/12/01")]
    [InlineData("")]
    [InlineData("2023-12-01T10:00")]
    public void Invalid_dates_are_refused(string text) => PartialDate.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void A_month_covers_its_whole_month_and_sorts_before_its_days()
    {
        PartialDate.TryParse("2023-12", out var month).ShouldBeTrue();
        PartialDate.TryParse("2023-12-01", out var first).ShouldBeTrue();
        month.End.Day.ShouldBe(31);
        month.CompareTo(first).ShouldBeLessThan(0);
        Period.Of(month).Overlaps(Period.Of(first)).ShouldBeTrue();
    }
}
