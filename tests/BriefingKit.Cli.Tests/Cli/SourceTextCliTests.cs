using System.Text.Json;
using BriefingKit.Cli.Tests.Support;
using BriefingKit.Loading;

namespace BriefingKit.Cli.Tests.Cli;

/// <summary>Stored source texts as an analyst uses them from the command line: add a source, then check its quotes.</summary>
public sealed class SourceTextCliTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Source_add_prints_an_entry_with_the_paragraphs_numbered_as_the_check_counts_them()
    {
        folder.Write("texts/Mayors warn.txt", "Mayors of three cities met.\n\nThey said shelters were \"nearly out of room\".\n");
        folder.Write("case.dossier.yaml", "placeholder");

        var result = CliProcess.Run(folder.Path, "source", "add", "texts/Mayors warn.txt", "--dossier", "case.dossier.yaml");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Stdout.ShouldContain("  - id: mayors-warn\n");
        result.Stdout.ShouldContain("    text: \"texts/Mayors warn.txt\"\n");
        result.Stdout.ShouldContain("texts/Mayors warn.txt: 2 paragraphs; cite one as locator: \"para N\".");
        result.Stdout.ShouldContain("#   para 2  They said shelters were \"nearly out of room\".\n");
    }

    [Fact]
    public void Source_add_refuses_a_text_outside_the_dossier_folder()
    {
        folder.Write("case.dossier.yaml", "placeholder");

        var result = CliProcess.Run(folder.Path, "source", "add", "/etc/hostname", "--dossier", "case.dossier.yaml");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Stderr.ShouldContain("error BK3012:");
        result.Stderr.ShouldContain("outside the dossier's folder");
        result.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public void Check_says_how_many_quotes_it_verified_and_json_gives_them_per_source()
    {
        folder.Write("texts/a.txt", "Header\nThe meeting was productive, officials said.\n");
        var dossier = folder.Write("case.dossier.yaml", Minimal("texts/a.txt", "The meeting was productive", "para 2"));

        var text = CliProcess.Run(folder.Path, "check", dossier);
        text.ExitCode.ShouldBe(0, text.ToString());
        text.Stdout.ShouldContain("quotes verified against stored texts: 1 of 1 citations (1 of 1 sources give a text)");

        var json = CliProcess.Run(folder.Path, "check", "--json", dossier);
        var report = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("sourceTexts").EnumerateArray().ShouldHaveSingleItem();
        report.GetProperty("source").GetString().ShouldBe("src");
        report.GetProperty("text").GetString().ShouldBe("texts/a.txt");
        report.GetProperty("verified").GetInt32().ShouldBe(1);

        var seed = CliProcess.Run(folder.Path, "check", Repo.SeedDossier);
        seed.Stdout.ShouldContain("quotes verified against stored texts: none (no source gives text:)");
    }

    [Fact]
    public void A_quote_that_drifted_from_its_text_fails_build_and_writes_nothing()
    {
        folder.Write("texts/a.txt", "Header\nThe meeting was productive, officials said.\n");
        var dossier = folder.Write("case.dossier.yaml", Minimal("texts/a.txt", "The meeting was very productive", null));

        var result = CliProcess.Run(folder.Path, "build", "--out", "out", dossier);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Stderr.ShouldContain("case.dossier.yaml(24,16): error BK3010: this quote is not in the stored text of 'src': it follows texts/a.txt para 2 as far as “The meeting was”, then the quote has “very” where the text has “productive,”");
        Directory.Exists(folder["out"]).ShouldBeFalse();
    }

    private static string Minimal(string text, string quote, string? locator) => $$"""
        dossier:
          id: mini
          title: Mini
          as-of: 2023-12-28
          marking: UNCLASSIFIED
        sources:
          - id: src
            outlet: Outlet
            title: Title
            published: 2023-12-28
            reliability: B
            text: {{text}}
        actors:
          - id: amlo
            name: Andrés Manuel López Obrador
        events:
          - id: ev
            date: 2023-12-27
            kind: meeting
            title: Meeting
            participants: [amlo]
            citations:
              - source: src
                quote: "{{quote}}"
        {{(locator is null ? "" : $"        locator: \"{locator}\"\n")}}
        """;
}
