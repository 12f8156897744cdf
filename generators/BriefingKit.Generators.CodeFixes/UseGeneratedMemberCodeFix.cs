using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace BriefingKit.Generators.CodeFixes;

/// <summary>
/// Replaces a string lookup such as <c>dossier.Actor("blinkn")</c> with the generated catalog member
/// (<c>UsMexicoMigration2023.Actors.Blinken</c>): for BK7003 the member of the same id, for BK7001 the member of
/// the suggested id. The analyzer puts the member in the diagnostic's properties; the fix only rewrites syntax.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseGeneratedMemberCodeFix))]
[Shared]
public sealed class UseGeneratedMemberCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "BriefingKit.UseGeneratedMember";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnknownId.Id, DiagnosticDescriptors.UseGeneratedMember.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticDescriptors.MemberProperty, out var member) || member is null)
            {
                continue;
            }

            diagnostic.Properties.TryGetValue(DiagnosticDescriptors.MemberDisplayProperty, out var display);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use {display ?? member}",
                    token => ReplaceAsync(context.Document, diagnostic.Location.SourceSpan, member, token),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> ReplaceAsync(Document document, Microsoft.CodeAnalysis.Text.TextSpan span, string member, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var invocation = root?.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();
        if (root is null || invocation is null)
        {
            return document;
        }

        // Fully qualified so it binds anywhere; the simplifier then shortens it to what the usings allow.
        var replacement = SyntaxFactory.ParseExpression(member)
            .WithTriviaFrom(invocation)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(invocation, replacement));
    }
}
