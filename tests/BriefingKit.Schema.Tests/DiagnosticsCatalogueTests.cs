using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Schema.Tests;

public class DiagnosticsCatalogueTests
{
    private static IEnumerable<DiagnosticDescriptor> AllCodes() =>
        typeof(Codes).GetFields().Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = AllCodes().Select(d => d.Code).ToList();
        codes.ShouldBeUnique();
        codes.ShouldAllBe(c => c.Length == 6 && c.StartsWith("BK", StringComparison.Ordinal) && c.Skip(2).All(char.IsAsciiDigit));
    }

    [Fact]
    public void Docs_list_every_code()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostics.md"));
        AllCodes().Where(d => !docs.Contains($"| {d.Code} |", StringComparison.Ordinal)).Select(d => d.Code).ShouldBeEmpty();
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BriefingKit.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("repository root (BriefingKit.sln) not found");
    }
}
