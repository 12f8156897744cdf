namespace BriefingKit.Cli.Tests.Support;

/// <summary>What every CLI run on bad input must satisfy, whatever the input.</summary>
public static class CliAssertions
{
    /// <summary>Ended on its own, with an expected exit code, and told the user nothing about .NET internals.</summary>
    public static void ShouldEndCleanly(this CliResult result)
    {
        result.TimedOut.ShouldBeFalse(result.ToString());
        result.ExitCode.ShouldBeOneOf([0, 1, 2, 3], result.ToString());
        foreach (var text in new[] { result.Stdout, result.Stderr })
        {
            text.ShouldNotContain("internal error", Case.Sensitive, result.ToString());
            text.ShouldNotContain("Exception", Case.Sensitive, result.ToString());
            text.ShouldNotMatch(@"(?m)^\s+at \S+\(", result.ToString()); // a stack frame
        }
    }
}
