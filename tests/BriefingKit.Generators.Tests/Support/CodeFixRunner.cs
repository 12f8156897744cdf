using System.Collections.Immutable;
using BriefingKit.Generators.Analyzers;
using BriefingKit.Generators.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace BriefingKit.Generators.Tests.Support;

/// <summary>
/// Applies <see cref="UseGeneratedMemberCodeFix"/> the way an IDE does: a workspace project holding the consumer code
/// and the generated catalog, diagnostics from <see cref="DossierLookupAnalyzer"/>, then the code action's changes.
/// </summary>
public static class CodeFixRunner
{
    /// <summary>Returns the code after applying the fix offered for the first diagnostic with <paramref name="id"/>, and the action's title.</summary>
    public static async Task<(string Code, string Title)> Apply(string code, string id, params string[] dossiers)
    {
        var files = TestDossiers.Files(dossiers);
        var (sources, _, _) = Compilations.Generate(Compilations.Create(code), files);

        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "Consumer", "Consumer", LanguageNames.CSharp,
            compilationOptions: Compilations.Create().Options, parseOptions: Compilations.ParseOptions, metadataReferences: Compilations.References));
        var document = workspace.AddDocument(project.Id, "Code.cs", SourceText.From(code));
        foreach (var (hint, source) in sources)
        {
            workspace.AddDocument(project.Id, hint, SourceText.From(source));
        }

        document = workspace.CurrentSolution.GetDocument(document.Id)!;
        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostics = await Compilations.Analyze(compilation, new DossierLookupAnalyzer(), files);
        var diagnostic = diagnostics.First(d => d.Id == id);

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await new UseGeneratedMemberCodeFix().RegisterCodeFixesAsync(context);
        var fix = actions.ShouldHaveSingleItem();

        var operations = await fix.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var text = await changed.GetDocument(document.Id)!.GetTextAsync();
        return (text.ToString(), fix.Title);
    }

    /// <summary>How many fixes the provider offers for every diagnostic with <paramref name="id"/>.</summary>
    public static async Task<int> CountFixes(string code, string id, params string[] dossiers)
    {
        var files = TestDossiers.Files(dossiers);
        var (_, output, _) = Compilations.Generate(Compilations.Create(code), files);
        using var workspace = new AdhocWorkspace();
        var document = workspace.AddProject("Consumer", LanguageNames.CSharp).AddDocument("Code.cs", code);
        var count = 0;
        foreach (var diagnostic in (await Compilations.Analyze(output, new DossierLookupAnalyzer(), files)).Where(d => d.Id == id))
        {
            await new UseGeneratedMemberCodeFix().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (_, _) => count++, CancellationToken.None));
        }

        return count;
    }
}
