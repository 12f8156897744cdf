using BriefingKit.Briefing;
using BriefingKit.Cli.Tests.Support;
using BriefingKit.Loading;
using PdfSharp.Pdf.IO;

namespace BriefingKit.Cli.Tests.Cli;

/// <summary>The presets as a build server gets them from the CLI: page one fits, the PDF stays short, the API agrees.</summary>
public sealed class PresetBuildTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private int Pages(string path)
    {
        using var pdf = PdfReader.Open(folder[path], PdfDocumentOpenMode.Import);
        return pdf.PageCount;
    }

    [Fact]
    public void The_default_briefing_fits_page_one_and_is_a_short_pdf()
    {
        var result = CliProcess.Run(folder.Path, "build", "--out", "out", Repo.SeedDossier);
        result.ExitCode.ShouldBe(0, result.ToString());
        result.ToString().ShouldNotContain("BK6014"); // everything before the page break, every key judgment included, is on page 1
        Pages("out/us-mexico-migration-2023.pdf").ShouldBeLessThanOrEqualTo(12); // 25 before the redesign; the goal is 12 at most
    }

    [Theory]
    [InlineData("memo", BriefingPreset.Memo, 2)]
    [InlineData("full", BriefingPreset.Full, 30)]
    public void Template_names_a_preset_and_matches_the_builder(string name, BriefingPreset preset, int maxPages)
    {
        var result = CliProcess.Run(folder.Path, "build", "--template", name, "--out", "out", Repo.SeedDossier);
        result.ExitCode.ShouldBe(0, result.ToString());
        result.ToString().ShouldNotContain("BK6014");
        var expected = BriefingBuilder.For(DossierLoader.Load(Repo.SeedDossier).Dossier!).WithPreset(preset).Build().RenderMarkdown();
        File.ReadAllText(folder["out/us-mexico-migration-2023.md"]).ShouldBe(expected);
        Pages("out/us-mexico-migration-2023.pdf").ShouldBeLessThanOrEqualTo(maxPages);
    }
}
