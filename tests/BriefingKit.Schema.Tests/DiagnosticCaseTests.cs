using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Schema.Tests;

/// <summary>Runs every Cases/*.WithDiagnostics.yaml and checks exactly which diagnostics it gives, and where.</summary>
public class DiagnosticCaseTests
{
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in DiagnosticCase.All())
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case_gives_exactly_the_expected_diagnostics(string name)
    {
        var testCase = DiagnosticCase.Load(Path.Combine(DiagnosticCase.CasesFolder, name));
        var result = DossierReader.Read(name, File.ReadAllBytes(testCase.Path), testCase.Limits);

        var actual = result.Diagnostics.Select(d => $"{d.Code} {d.Line}:{d.Column}").ToList();
        actual.ShouldBe(testCase.Expected, $"diagnostics were:\n{string.Join("\n", result.Diagnostics)}");
        result.Diagnostics.ShouldAllBe(d => d.File == name && d.Message.Length > 0);
    }

    [Fact]
    public void Every_case_is_named_after_the_first_code_it_expects()
    {
        foreach (var c in DiagnosticCase.All())
        {
            c.Expected.ShouldNotBeEmpty(c.Name);
            c.Expected.Select(e => e.Split(' ')[0]).ShouldContain(c.Name.Split('.')[0], c.Name);
        }
    }

    [Fact]
    public void Every_schema_code_is_triggered_by_a_case_or_a_named_test()
    {
        // Codes that need bytes a YAML text file cannot hold are triggered in InputTextTests; the source-text
        // codes need files beside the dossier and the loader of BriefingKit (tests/BriefingKit.Tests/SourceTexts).
        string[] coveredInCode = ["BK1001", "BK1002", "BK1003", "BK1004", "BK1005", "BK3010", "BK3011", "BK3012"];
        var covered = DiagnosticCase.All().SelectMany(c => c.Expected).Select(e => e.Split(' ')[0]).Concat(coveredInCode).ToHashSet();

        var schemaCodes = typeof(Codes).GetFields().Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .Where(d => d.Code[2] is '1' or '2' or '3').Select(d => d.Code);
        schemaCodes.Where(code => !covered.Contains(code)).ShouldBeEmpty();
    }
}
