using BriefingKit.Cli.Tests.Corpus;
using BriefingKit.Cli.Tests.Support;
using BriefingKit.Schema;
using BriefingKit.Templates;

namespace BriefingKit.Cli.Tests.Limits;

/// <summary>Every limit at its value (accepted) and one past it (refused), through the API and through the CLI.</summary>
public sealed class LimitTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in LimitCase.All())
        {
            data.Add(c.Name);
        }

        return data;
    }

    private static LimitCase Get(string name) => LimitCase.All().Single(c => c.Name == name);

    [Theory]
    [MemberData(nameof(Names))]
    public void Api_accepts_the_limit_and_refuses_one_past_it(string name)
    {
        var c = Get(name);
        var bytes = System.Text.Encoding.UTF8.GetBytes(c.Dossier);

        var at = DossierReader.Read("limit.yaml", bytes, c.Set(SchemaLimits.Default, c.AtLimit));
        at.Diagnostics.ShouldBeEmpty(string.Join("\n", at.Diagnostics));

        var past = DossierReader.Read("limit.yaml", bytes, c.Set(SchemaLimits.Default, c.AtLimit - 1));
        past.Diagnostics.Where(d => d.IsError).Select(d => d.Code).ShouldBe([c.Code], string.Join("\n", past.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Cli_option_accepts_the_limit_and_refuses_one_past_it(string name)
    {
        var c = Get(name);
        var path = folder.Write("limit.dossier.yaml", c.Dossier);

        var at = CliProcess.Run(folder.Path, "check", "--json", $"{c.Option}={c.AtLimit}", path);
        at.ShouldEndCleanly();
        at.ExitCode.ShouldBe(0, at.ToString());

        var past = CliProcess.Run(folder.Path, "check", "--json", $"{c.Option}={c.AtLimit - 1}", path);
        past.ShouldEndCleanly();
        past.ExitCode.ShouldBe(1, past.ToString());
        CliDiagnostics.FromJson(past.Stdout).Select(d => d.Diagnostic.Code).ShouldBe([c.Code]);
    }

    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var d = SchemaLimits.Default;
        (d.MaxFileBytes, d.MaxDepth, d.MaxAliases, d.MaxExpandedNodes, d.MaxScalarLength, d.MaxEntitiesPerList)
            .ShouldBe((8L * 1024 * 1024, 32, 100, 1_000_000, 65_536, 100_000));
        TemplateSet.MaxPartialDepth.ShouldBe(16);
        var docs = File.ReadAllText(Path.Combine(Repo.Root, "docs", "limits.md"));
        foreach (var mention in new[] { "--max-file-bytes", "--max-depth", "--max-aliases", "--max-expanded-nodes", "--max-value-length", "--max-entries",
                     "MaxFileBytes", "MaxDepth", "MaxAliases", "MaxExpandedNodes", "MaxScalarLength", "MaxEntitiesPerList", "MaxPartialDepth" })
        {
            docs.ShouldContain(mention);
        }
    }

    [Theory]
    [InlineData(16, 0)]
    [InlineData(17, 1)]
    public void Partial_nesting_is_accepted_at_16_levels_and_refused_at_17(int depth, int exitCode)
    {
        // briefing.md.sbn → chain1 → … → chainN: the main template's partial depth is N.
        var templates = TemplateCopy.Create(folder);
        for (var i = 1; i < depth; i++)
        {
            File.WriteAllText(TemplateCopy.Partial(templates, $"chain{i}"), $"{{{{ include \"chain{i + 1}\" }}}}\n");
        }

        File.WriteAllText(TemplateCopy.Partial(templates, $"chain{depth}"), "end\n");
        File.AppendAllText(Path.Combine(templates, "briefing.md.sbn"), "{{ include \"chain1\" }}\n");
        var dossier = folder.Write("case.dossier.yaml", Dossiers.Minimal);

        var result = CliProcess.Run(folder.Path, "build", "--format", "md", "--template", templates, "--out", "out", dossier);
        result.ShouldEndCleanly();
        result.ExitCode.ShouldBe(exitCode, result.ToString());
        if (exitCode == 1)
        {
            CliDiagnostics.FromText(result.Stderr).ShouldHaveSingleItem().Diagnostic.Code.ShouldBe("BK4007");
        }
    }
}
