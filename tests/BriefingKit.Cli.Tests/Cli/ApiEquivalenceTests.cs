using BriefingKit.Briefing;
using BriefingKit.Cli.Tests.Support;
using BriefingKit.Loading;
using BriefingKit.Pdf;

namespace BriefingKit.Cli.Tests.Cli;

/// <summary>Composing with the builder API gives the same bytes as the CLI given the same choices.</summary>
public sealed class ApiEquivalenceTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static Briefing.Briefing Compose(Func<BriefingBuilder, BriefingBuilder> configure) =>
        configure(BriefingBuilder.For(DossierLoader.Load(Repo.SeedDossier).Dossier!)).Build();

    [Fact]
    public void Default_build_equals_the_builder_defaults()
    {
        var result = CliProcess.Run(folder.Path, "build", "--out", "out", Repo.SeedDossier);
        result.ExitCode.ShouldBe(0, result.ToString());

        var briefing = Compose(b => b);
        File.ReadAllText(folder["out/us-mexico-migration-2023.md"]).ShouldBe(briefing.RenderMarkdown());

        using var pdf = new MemoryStream();
        briefing.WritePdf(pdf);
        File.ReadAllBytes(folder["out/us-mexico-migration-2023.pdf"]).ShouldBe(pdf.ToArray());
    }

    [Fact]
    public void Sections_filters_and_overrides_match_the_builder_calls()
    {
        var result = CliProcess.Run(
            folder.Path, "build", "--format", "md", "--out", "out", "--section", "key-judgments", "--section", "numbers",
            "--section", "statements", "--actor", "AMLO", "--from", "2023-12-01", "--to", "2023-12-31",
            "--marking", "SECRET // NOFORN", "--audience", "Deputy Secretary", Repo.SeedDossier);
        result.ExitCode.ShouldBe(0, result.ToString());

        var expected = Compose(b => b
            .WithSections(BriefingSection.KeyJudgments, BriefingSection.Numbers, BriefingSection.Statements)
            .InvolvingActors("AMLO").Between("2023-12-01", "2023-12-31")
            .WithMarking("SECRET // NOFORN").ForAudience("Deputy Secretary")).RenderMarkdown();
        File.ReadAllText(folder["out/us-mexico-migration-2023.md"]).ShouldBe(expected);
        expected.ShouldContain("SECRET // NOFORN");
    }
}
