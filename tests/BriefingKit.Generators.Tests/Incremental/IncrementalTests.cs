using System.Collections.Immutable;
using BriefingKit.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Names = BriefingKit.Generators.DossierGenerator.TrackingNames;

namespace BriefingKit.Generators.Tests.Incremental;

/// <summary>Proves the pipeline caches: C# edits never re-read YAML, and one dossier's edit leaves the others alone.</summary>
public class IncrementalTests
{
    private static readonly string[] DossierSteps = [Names.Parsed, Names.Valid, Names.ClassNames, Names.Settings, Names.Catalogs];

    [Fact]
    public void Editing_unrelated_csharp_leaves_every_dossier_step_cached_or_unchanged()
    {
        var compilation = Compilations.Create("namespace Demo; public class A { }");
        var driver = Compilations.Driver(TestDossiers.Files("border-talks.dossier.yaml", "tricky-ids.dossier.yaml")).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("namespace Demo; public class A { public int B; }", Compilations.ParseOptions, "/src/Code0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in DossierSteps)
        {
            Reasons(result, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged, step);
        }

        // The only work a C# edit causes: asking the new compilation whether BriefingBuilder exists (answer unchanged).
        Reasons(result, Names.Features).ShouldBe([IncrementalStepRunReason.Unchanged]);
        result.GeneratedSources.Length.ShouldBe(2);
    }

    [Fact]
    public void Editing_one_dossier_leaves_the_other_dossiers_catalog_cached()
    {
        var compilation = Compilations.Create("namespace Demo; public class A { }");
        var small = TestDossiers.File("border-talks.dossier.yaml");
        var tricky = TestDossiers.File("tricky-ids.dossier.yaml");
        var driver = Compilations.Driver([small, tricky]).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Class.g.cs").SourceText.ToString();

        var editedSmall = new InMemoryAdditionalText(small.Path, small.GetText().ToString().Replace("Talks will continue.", "Talks will resume.", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(small, editedSmall).RunGenerators(compilation).GetRunResult().Results.Single();

        Reasons(result, Names.Parsed).ShouldBe([IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached]);
        Reasons(result, Names.ClassNames).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        Reasons(result, Names.Catalogs).ShouldBe([IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached]);
        CatalogOutput(result, "class").Reason.ShouldBe(IncrementalStepRunReason.Cached);
        result.GeneratedSources.Single(s => s.HintName == "Class.g.cs").SourceText.ToString().ShouldBe(before);
        result.GeneratedSources.Single(s => s.HintName == "BorderTalks.g.cs").SourceText.ToString().ShouldContain("Talks will resume.");
    }

    [Fact]
    public void Editing_a_yaml_comment_re_emits_that_catalog_with_the_new_yaml_and_keeps_the_class_names()
    {
        var compilation = Compilations.Create("namespace Demo; public class A { }");
        var small = TestDossiers.File("border-talks.dossier.yaml");
        var driver = Compilations.Driver([small]).RunGenerators(compilation);

        // The catalog compiles the YAML in, so any edit re-emits it; the class names depend only on ids.
        var edited = new InMemoryAdditionalText(small.Path, small.GetText().ToString().Replace("# A small dossier", "# A SMALL DOSSIER", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(small, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Reasons(result, Names.Parsed).ShouldBe([IncrementalStepRunReason.Modified]);
        Reasons(result, Names.ClassNames).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        Reasons(result, Names.Catalogs).ShouldBe([IncrementalStepRunReason.Modified]);
        result.GeneratedSources.Single().SourceText.ToString().ShouldContain("# A SMALL DOSSIER");
    }

    [Fact]
    public void Pipeline_models_hold_no_symbols_compilations_syntax_or_locations()
    {
        var compilation = Compilations.Create("namespace Demo; public class A { }");
        var result = Compilations.Driver(TestDossiers.Files("border-talks.dossier.yaml", "tricky-ids.dossier.yaml"))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        var checkedSteps = 0;
        foreach (var name in DossierSteps.Append(Names.Options).Append(Names.Features))
        {
            foreach (var step in result.TrackedSteps[name])
            {
                checkedSteps++;
                foreach (var (value, _) in step.Outputs)
                {
                    ModelWalker.Forbidden(value).ShouldBeEmpty(name);
                }
            }
        }

        checkedSteps.ShouldBeGreaterThan(DossierSteps.Length);
        ModelWalker.Forbidden((compilation, "x")).ShouldNotBeEmpty(); // the walker does find what it looks for
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        [.. result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason)];

    private static (object Value, IncrementalStepRunReason Reason) CatalogOutput(GeneratorRunResult result, string dossierId) =>
        result.TrackedSteps[Names.Catalogs].SelectMany(s => s.Outputs)
            .Single(o => o.Value is Model.CatalogModel m && m.DossierId == dossierId);
}
