using BriefingKit.Pdf.Tests.Support;

namespace BriefingKit.Pdf.Tests.Determinism;

/// <summary>Changes a process-wide environment variable, so it runs alone.</summary>
[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public sealed class EnvironmentCollection;

[Collection(nameof(EnvironmentCollection))]
public sealed class SourceDateEpochTests
{
    [Fact]
    public void Source_date_epoch_wins_over_the_front_matter_date()
    {
        var pdf = WithEpoch("1700000000", () => PdfBytes.Latin1(Samples.Render(Samples.Briefing, new PdfBriefingOptions())));

        pdf.ShouldContain("/CreationDate(D:20231114221320+00'00')");
    }

    [Fact]
    public void An_invalid_source_date_epoch_is_reported_and_ignored()
    {
        var result = WithEpoch("yesterday", () => PdfBriefingRenderer.Render(Samples.Briefing, new PdfBriefingOptions(), Stream.Null));

        result.Diagnostics.ShouldContain(d => d.Code == "BK6010" && d.Message.Contains("SOURCE_DATE_EPOCH"));
        result.Succeeded.ShouldBeTrue();
    }

    static T WithEpoch<T>(string value, Func<T> action)
    {
        var old = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", value);
        try
        {
            return action();
        }
        finally
        {
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", old);
        }
    }
}
