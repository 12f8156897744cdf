using System.Reflection;
using BriefingKit.Generators.Analyzers;
using BriefingKit.Generators.Tests.Support;
using BriefingKit.Schema.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BriefingKit.Generators.Tests.Diagnostics;

/// <summary>Schema diagnostics reach the build as Roslyn diagnostics with the same code, located in the YAML.</summary>
public class DossierFileAnalyzerTests
{
    [Fact]
    public async Task Broken_dossier_reports_schema_codes_at_their_yaml_line_and_column()
    {
        var file = TestDossiers.File("broken-reference.dossier.yaml");

        var diagnostics = await Compilations.Analyze(Compilations.Create(), new DossierFileAnalyzer(), [file]);

        // Roslyn positions are 0-based; ToString() prints them 1-based, as the CLI and MSBuild do.
        diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            "/src/broken-reference.dossier.yaml(20,14): error BK3002: unknown actor or agency 'blinkn' — did you mean 'blinken'?",
            "/src/broken-reference.dossier.yaml(25,9): error BK2001: unknown key 'credibilty' in citation — did you mean 'credibility'?",
        ]);
        var unknown = diagnostics[0];
        unknown.Location.GetLineSpan().StartLinePosition.ShouldBe(new LinePosition(19, 13));
        unknown.Location.Kind.ShouldBe(LocationKind.ExternalFile);
        file.GetText().ToString(unknown.Location.SourceSpan).ShouldBe("blinkn");
        unknown.Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task The_dossier_limits_are_MSBuild_properties_for_the_analyzer_and_the_generator()
    {
        var file = TestDossiers.File("border-talks.dossier.yaml");
        var tight = new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Demo", ["build_property.BriefingKitMaxEntries"] = "1" });

        var diagnostics = await Compilations.Analyze(Compilations.Create(), new DossierFileAnalyzer(), [file], tight);
        diagnostics.Select(d => d.Id).ShouldContain("BK1021"); // a list of more than one entry
        (await Compilations.Analyze(Compilations.Create(), new DossierFileAnalyzer(), [file])).ShouldBeEmpty();

        // The generator reads the same limits: over them the dossier has errors, so its catalog has no data.
        var (sources, _, _) = Compilations.Generate(Compilations.Create(), [file], tight);
        sources["BorderTalks.g.cs"].ShouldNotContain("u8;");
        Compilations.Generate(Compilations.Create(), [file]).Sources["BorderTalks.g.cs"].ShouldContain("u8;");
    }

    [Fact]
    public async Task Roslyn_positions_agree_with_the_offsets_for_every_diagnostic()
    {
        var file = TestDossiers.File("broken-reference.dossier.yaml");
        var text = file.GetText();

        var diagnostics = await Compilations.Analyze(Compilations.Create(), new DossierFileAnalyzer(), [file]);

        diagnostics.ShouldNotBeEmpty();
        foreach (var diagnostic in diagnostics)
        {
            text.Lines.GetLinePositionSpan(diagnostic.Location.SourceSpan).ShouldBe(diagnostic.Location.GetLineSpan().Span, diagnostic.ToString());
        }
    }

    [Fact]
    public async Task Warnings_keep_their_severity_and_valid_dossiers_report_nothing()
    {
        var unused = new InMemoryAdditionalText("/src/unused.dossier.yaml", TestDossiers.Text("border-talks.dossier.yaml").Replace(
            "sources:\n", "sources:\n  - id: never-cited\n    outlet: X\n    title: Y\n    published: 2020\n    reliability: F\n", StringComparison.Ordinal));

        var diagnostics = await Compilations.Analyze(
            Compilations.Create(), new DossierFileAnalyzer(), [unused, TestDossiers.File("border-talks.dossier.yaml"), new InMemoryAdditionalText("/src/notes.yaml", ":")]);

        diagnostics.Select(d => (d.Id, d.Severity, d.Location.GetLineSpan().Path)).ShouldBe([("BK3007", DiagnosticSeverity.Warning, "/src/unused.dossier.yaml")]);
    }

    [Fact]
    public async Task Yaml_syntax_errors_are_located_too()
    {
        var file = new InMemoryAdditionalText("/src/syntax.dossier.yaml", "dossier:\n  id: x\n  title: [unclosed\n");

        var diagnostics = await Compilations.Analyze(Compilations.Create(), new DossierFileAnalyzer(), [file]);

        diagnostics.ShouldContain(d => d.Id == "BK1010" && d.Location.Kind == LocationKind.ExternalFile);
    }

    [Fact]
    public void Every_dossier_and_template_code_in_the_schema_catalogue_has_a_roslyn_descriptor()
    {
        // BK1xxx–BK3xxx are what DossierReader reports and BK4xxx what the template checks report; BK5xxx+ belong
        // to outputs and PDF (not produced in a build).
        var dossierCodes = typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (BriefingKit.Schema.Diagnostics.DiagnosticDescriptor)f.GetValue(null)!)
            .Where(c => c.Code[2] is '1' or '2' or '3' or '4')
            .ToList();

        dossierCodes.Count.ShouldBeGreaterThan(30);
        foreach (var code in dossierCodes)
        {
            DiagnosticDescriptors.ByCode.TryGetValue(code.Code, out var descriptor).ShouldBeTrue(code.Code);
            descriptor!.Title.ToString().ShouldBe(code.Title);
            descriptor.DefaultSeverity.ShouldBe(DiagnosticDescriptors.Severity(code.Severity));
            descriptor.IsEnabledByDefault.ShouldBeTrue();
        }

        DiagnosticDescriptors.ByCode.Count.ShouldBe(dossierCodes.Count);
    }

    [Fact]
    public void Supported_diagnostics_are_listed_in_code_order_and_are_stable()
    {
        var ids = new DossierFileAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToList();

        ids.ShouldBe(ids.Order(StringComparer.Ordinal).ToList());
        ids.ShouldBe(new DossierFileAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToList());
        ids.ShouldBeUnique();
        ids[^1].ShouldBe("BK7000");
    }

    [Fact]
    public void A_code_the_generator_does_not_list_is_reported_as_BK7000_with_the_original_code()
    {
        var text = SourceText.From("a: b\n");
        var foreign = new BriefingKit.Schema.Diagnostics.Diagnostic("BK3999", Severity.Warning, "from the future", "f", new BriefingKit.Schema.Diagnostics.TextSpan(1, 1, 1, 2, 0, 1));

        var diagnostic = DossierFileAnalyzer.ToRoslyn(foreign, "/src/f.dossier.yaml", text);

        diagnostic.Id.ShouldBe("BK7000");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage().ShouldBe("BK3999: from the future");
    }
}
