using System.Collections.Immutable;
using BriefingKit.Generators.Templates;
using BriefingKit.Generators.Tests.Incremental;
using BriefingKit.Generators.Tests.Support;
using BriefingKit.Templates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Names = BriefingKit.Generators.DossierGenerator.TrackingNames;

namespace BriefingKit.Generators.Tests.Templates;

/// <summary>
/// Templates passed as AdditionalFiles are checked in the build by the library's own checker, against the view
/// read from Roslyn symbols: the built-in set checks clean, a misspelt field is an error at its line, and a C#
/// edit re-checks nothing.
/// </summary>
public sealed class TemplateCheckGeneratorTests
{
    private const string Folder = "/proj/templates";

    [Fact]
    public void The_built_in_templates_as_additional_files_check_clean()
    {
        var diagnostics = Run(Templates());
        Compilations.Problems(diagnostics).ShouldBeEmpty();
    }

    [Fact]
    public void A_misspelt_field_fails_the_build_at_its_line_and_column_in_the_template()
    {
        var typo = "{{ for s in statements }}{{ s.qoute_typo }}{{ end }}\n";
        var files = Templates(("statement-table", text => text + typo));
        var line = TemplateFiles.Embedded().Partials["statement-table"].Text.Count(c => c == '\n');

        var diagnostic = Run(files).ShouldHaveSingleItem(); // once, though brief, memo and full all include it
        diagnostic.Id.ShouldBe("BK4005");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        var position = diagnostic.Location.GetLineSpan();
        position.Path.ShouldBe($"{Folder}/partials/statement-table.md.sbn");
        (position.StartLinePosition.Line + 1, position.StartLinePosition.Character + 1).ShouldBe((line + 1, 31));
        diagnostic.GetMessage().ShouldStartWith("'qoute_typo' is not a field of a statement;");
    }

    [Fact]
    public void An_include_of_a_missing_partial_is_an_error_at_the_name()
    {
        var diagnostic = Run(Templates(("summary", text => text + "{{ include \"timelien\" }}\n"))).ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("BK4002");
        diagnostic.GetMessage().ShouldContain("did you mean 'timeline'?");
    }

    [Fact]
    public void Without_a_BriefingKit_reference_syntax_and_includes_are_still_checked()
    {
        var files = Templates(("summary", text => text + "{{ titel }}\n{{ if x }}\n"));
        var compilation = Compilations.Create(Compilations.FrameworkReferences, "namespace Demo; public class A { }");
        var diagnostic = Run(files, compilation).ShouldHaveSingleItem(); // the unknown name needs the view; the open 'if' does not
        diagnostic.Id.ShouldBe("BK4001");
    }

    [Fact]
    public void The_view_read_from_symbols_is_the_view_the_library_reads_by_reflection()
    {
        var shape = SymbolTypes.Shape(Compilations.Create("namespace Demo; public class A { }")).ShouldNotBeNull();
        shape.ShouldBe(ViewShape.Briefing);
        shape.Records.Count.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void Editing_csharp_leaves_the_template_checks_cached()
    {
        var compilation = Compilations.Create("namespace Demo; public class A { }");
        var driver = Compilations.Driver(Templates(("summary", text => text + "{{ titel }}\n"))).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("namespace Demo; public class A { public int B; }", Compilations.ParseOptions, "/src/Code0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Reasons(result, Names.ViewShape).ShouldBe([IncrementalStepRunReason.Unchanged]); // re-read from the new compilation, found equal
        Reasons(result, Names.TemplateSets).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(result, Names.TemplateChecks).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(result, Names.TemplateChecks).Length.ShouldBe(3); // brief, full, memo
        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("BK4005"); // still reported
    }

    [Fact]
    public void Editing_one_template_re_checks_only_the_sets_it_belongs_to()
    {
        var compilation = Compilations.Create("namespace Demo; public class A { }");
        var files = Templates().AddRange(Templates(folder: "/proj/other"));
        var driver = Compilations.Driver(files).RunGenerators(compilation);
        var summary = files.First(f => f.Path == "/proj/other/partials/summary.md.sbn");
        var edited = new InMemoryAdditionalText(summary.Path, summary.GetText()!.ToString() + "{{ titel }}\n");

        var result = driver.ReplaceAdditionalText(summary, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        var reasons = Reasons(result, Names.TemplateChecks);
        reasons.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(3); // brief, full, memo in /proj/other
        reasons.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(3); // those in /proj/templates
        result.Diagnostics.ShouldHaveSingleItem().Location.GetLineSpan().Path.ShouldBe(summary.Path);
    }

    [Fact]
    public void Template_pipeline_models_hold_no_symbols_compilations_syntax_or_locations()
    {
        var result = Compilations.Driver(Templates()).RunGenerators(Compilations.Create("namespace Demo; public class A { }")).GetRunResult().Results.Single();
        foreach (var name in new[] { Names.TemplateSets, Names.ViewShape, Names.TemplateChecks })
        {
            result.TrackedSteps[name].SelectMany(s => s.Outputs).ShouldNotBeEmpty(name);
            foreach (var (value, _) in result.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                ModelWalker.Forbidden(value).ShouldBeEmpty(name);
            }
        }
    }

    /// <summary>The built-in templates as a project's AdditionalFiles, with some partials edited.</summary>
    private static ImmutableArray<AdditionalText> Templates(params (string Partial, Func<string, string> Edit)[] edits) => Templates(Folder, edits);

    private static ImmutableArray<AdditionalText> Templates(string folder, params (string Partial, Func<string, string> Edit)[] edits)
    {
        var files = new List<AdditionalText>();
        foreach (var name in TemplateFiles.EmbeddedNames())
        {
            files.Add(new InMemoryAdditionalText($"{folder}/{name}.md.sbn", TemplateFiles.Embedded(name).Main.Text));
        }

        foreach (var (name, file) in TemplateFiles.Embedded().Partials)
        {
            var text = edits.Where(e => e.Partial == name).Aggregate(file.Text, (t, e) => e.Edit(t));
            files.Add(new InMemoryAdditionalText($"{folder}/partials/{name}.md.sbn", text));
        }

        return [.. files];
    }

    private static ImmutableArray<Diagnostic> Run(ImmutableArray<AdditionalText> files, Compilation? compilation = null) =>
        Compilations.Driver(files).RunGenerators(compilation ?? Compilations.Create("namespace Demo; public class A { }")).GetRunResult().Diagnostics;

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        [.. result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason)];
}
