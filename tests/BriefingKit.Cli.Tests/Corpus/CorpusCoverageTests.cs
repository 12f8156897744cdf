namespace BriefingKit.Cli.Tests.Corpus;

/// <summary>The corpus is big enough, covers every input code, and its cases are named after what they expect.</summary>
public class CorpusCoverageTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_has_at_least_sixty_cases()
    {
        output.WriteLine($"{CorpusCases.All.Count} cases ({CorpusCases.All.Keys.Count(k => k.EndsWith(".yaml", StringComparison.Ordinal))} files, the rest generated)");
        CorpusCases.All.Count.ShouldBeGreaterThanOrEqualTo(60);
    }

    [Fact]
    public void Every_input_code_is_expected_by_some_case()
    {
        // BK4xxx (templates) and BK5xxx (outputs) are exercised through the CLI in Cli/TemplateFaultTests and Cli/OutputRefusalTests.
        var expected = CorpusCases.All.Values.SelectMany(c => c.Expected).Select(e => e.Code).ToHashSet();
        var inputCodes = Expected.AllCodes.Where(code => code[2] is '1' or '2' or '3').Order().ToList();
        output.WriteLine($"covered: {string.Join(", ", inputCodes.Where(expected.Contains))}");
        inputCodes.Where(code => !expected.Contains(code)).ShouldBeEmpty();
    }

    [Fact]
    public void File_cases_are_named_after_their_first_code_or_ok()
    {
        foreach (var (name, c) in CorpusCases.All.Where(x => x.Key.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            var prefix = name.Split('.')[0];
            if (prefix == "ok")
            {
                c.HasErrors.ShouldBeFalse(name);
                c.Expected.ShouldBeEmpty(name);
            }
            else
            {
                c.Expected.Select(e => e.Code).ShouldContain(prefix, name);
            }
        }
    }
}
