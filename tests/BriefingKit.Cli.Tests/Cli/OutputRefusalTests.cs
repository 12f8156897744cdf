using BriefingKit.Cli.Tests.Corpus;
using BriefingKit.Cli.Tests.Support;

namespace BriefingKit.Cli.Tests.Cli;

/// <summary>
/// Output paths that would destroy an input, land among the templates, or need a folder where a file is are
/// refused with a diagnostic (exit 1), and the inputs are left byte-for-byte as they were.
/// </summary>
public sealed class OutputRefusalTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private CliDiagnostics.Reported Refused(string code, params string[] args)
    {
        var result = CliProcess.Run(folder.Path, ["build", "--format", "md", .. args]);
        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(1, result.ToString());
        var reported = CliDiagnostics.FromText(result.Stderr).ShouldHaveSingleItem(result.ToString());
        reported.Diagnostic.Code.ShouldBe(code);
        return reported;
    }

    [Fact]
    public void Output_equal_to_the_dossier_is_refused_and_the_dossier_kept()
    {
        // A dossier whose file name is what its output would be called: out/case.md.
        var input = folder.Write("out/case.md", Dossiers.Minimal);
        Refused("BK5001", "--out", "out", input);
        File.ReadAllText(input).ShouldBe(Dossiers.Minimal);
    }

    [Fact]
    public void Output_reached_through_a_linked_folder_is_still_the_input()
    {
        var input = folder.Write("data/case.md", Dossiers.Minimal);
        Directory.CreateSymbolicLink(folder["link"], folder["data"]);
        Refused("BK5001", "--out", "link", input);
        File.ReadAllText(input).ShouldBe(Dossiers.Minimal);
    }

    [Fact]
    public void Output_equal_to_a_template_file_is_refused()
    {
        var templates = TemplateCopy.Create(folder);
        var partial = TemplateCopy.Partial(templates, "summary");
        var before = File.ReadAllBytes(partial);
        var dossier = folder.Write("case.dossier.yaml", Dossiers.Minimal);
        Refused("BK5004", "--template", templates, "--out", Path.Combine(templates, "partials"), dossier);
        File.ReadAllBytes(partial).ShouldBe(before);
    }

    [Fact]
    public void Output_inside_the_template_folder_is_refused()
    {
        var templates = TemplateCopy.Create(folder);
        var dossier = folder.Write("case.dossier.yaml", Dossiers.Minimal);
        var d = Refused("BK5004", "--template", templates, "--out", templates, dossier);
        d.Message.ShouldContain("template folder");
        File.Exists(Path.Combine(templates, "case.md")).ShouldBeFalse();
    }

    [Fact]
    public void Output_folder_that_is_a_file_is_refused()
    {
        var notes = folder.Write("notes.txt", "keep me");
        var dossier = folder.Write("case.dossier.yaml", Dossiers.Minimal);
        Refused("BK5005", "--out", notes, dossier);
        File.ReadAllText(notes).ShouldBe("keep me");
    }

    [Fact]
    public void Output_folder_below_a_file_is_refused_the_same_way()
    {
        var notes = folder.Write("notes.txt", "keep me");
        var dossier = folder.Write("case.dossier.yaml", Dossiers.Minimal);
        Refused("BK5005", "--out", Path.Combine(notes, "briefings"), dossier).Message.ShouldContain("notes.txt");
        File.ReadAllText(notes).ShouldBe("keep me");
    }

    [Fact]
    public void Refusing_one_output_does_not_stop_the_others()
    {
        var input = folder.Write("out/case.md", Dossiers.Minimal);
        var other = folder.Write("other.dossier.yaml", Dossiers.Minimal.Replace("id: case", "id: other", StringComparison.Ordinal));
        var result = CliProcess.Run(folder.Path, "build", "--format", "md", "--out", "out", input, other);
        result.ExitCode.ShouldBe(1, result.ToString());
        CliDiagnostics.FromText(result.Stderr).ShouldHaveSingleItem().Diagnostic.Code.ShouldBe("BK5001");
        File.Exists(folder["out/other.md"]).ShouldBeTrue();
        File.ReadAllText(input).ShouldBe(Dossiers.Minimal);
    }
}
