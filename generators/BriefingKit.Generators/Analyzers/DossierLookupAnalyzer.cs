using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BriefingKit.Schema.Model;
using BriefingKit.Schema.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace BriefingKit.Generators.Analyzers;

/// <summary>
/// Checks string lookups on <c>BriefingKit.Model.Dossier</c> (<c>Actor("blinken")</c>, <c>Get&lt;Agency&gt;("cbp")</c>,
/// <c>Find("x")</c> …) against the dossiers in AdditionalFiles: BK7001 unknown id (with did-you-mean), BK7002 id of
/// another kind, BK7003 (info) an id that has a generated member. Only lookups on a catalog's own <c>Dossier</c>
/// (the property, or a local set from it once) are checked, against that dossier: any other <c>Dossier</c> value
/// may be one loaded at run time, whose ids the build cannot know. Constant
/// tags and countries given to <c>BriefingBuilder.Tagged</c>/<c>InCountries</c> that no dossier carries are BK7004.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DossierLookupAnalyzer : DiagnosticAnalyzer
{
    private const string DossierMetadataName = "BriefingKit.Model.Dossier";
    private const string BuilderMetadataName = "BriefingKit.Briefing.BriefingBuilder";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnknownId, DiagnosticDescriptors.WrongKind, DiagnosticDescriptors.UseGeneratedMember, DiagnosticDescriptors.FilterSelectsNothing);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(DossierMetadataName) is not { } dossierType)
            {
                return;
            }

            var catalogs = DossierCatalog.Load(start.Options, start.CancellationToken);
            if (catalogs.Count > 0)
            {
                var checker = new LookupChecker(dossierType, catalogs, start.Compilation);
                start.RegisterOperationAction(checker.Analyze, OperationKind.Invocation);
            }
        });
    }

    private sealed class LookupChecker
    {
        private readonly INamedTypeSymbol dossierType;
        private readonly INamedTypeSymbol? builderType;
        private readonly IReadOnlyList<DossierCatalog> catalogs;
        private readonly Compilation compilation;

        public LookupChecker(INamedTypeSymbol dossierType, IReadOnlyList<DossierCatalog> catalogs, Compilation compilation)
        {
            this.dossierType = dossierType;
            builderType = compilation.GetTypeByMetadataName(BuilderMetadataName);
            this.catalogs = catalogs;
            this.compilation = compilation;
        }

        public void Analyze(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (method.Name is "Tagged" or "InCountries" && SymbolEqualityComparer.Default.Equals(method.ContainingType, builderType))
            {
                AnalyzeFilter(context, invocation, method.Name == "Tagged");
                return;
            }

            if (!SymbolEqualityComparer.Default.Equals(method.ContainingType, dossierType) ||
                invocation.Arguments.Length != 1 ||
                invocation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string key } ||
                LookupKinds.For(method) is not { } expected)
            {
                return;
            }

            if (CatalogOf(invocation.Instance) is not { } own)
            {
                return; // a dossier loaded at run time, perhaps: nothing here knows its ids
            }

            var argument = invocation.Arguments[0].Value.Syntax.GetLocation();
            var scope = new[] { own };
            var allowName = method.Name == "Actor";
            (DossierCatalog Catalog, EntityKind Kind)? wrong = null;
            foreach (var catalog in scope)
            {
                if (!catalog.Index.TryResolve(key, allowName, out var id, out var kind))
                {
                    continue;
                }

                if (expected.Kinds.Contains(kind))
                {
                    if (Member(catalog, id) is { } member)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.UseGeneratedMember, invocation.Syntax.GetLocation(), member.Properties, key, member.Display));
                    }

                    return;
                }

                wrong ??= (catalog, kind);
            }

            if (wrong is { } w)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.WrongKind, argument, key, LookupKinds.Article(w.Kind), Describe(new[] { w.Catalog }), "Dossier." + method.Name, expected.Description));
                return;
            }

            var suggestion = scope
                .Select(c => (Catalog: c, Id: Suggestions.Closest(key, c.Index.IdsOf(expected.Kinds))))
                .Where(x => x.Id is not null)
                .OrderBy(x => Suggestions.Distance(key, x.Id!))
                .FirstOrDefault();
            var didYouMean = suggestion.Id is null ? string.Empty : $" — did you mean '{suggestion.Id}'?";
            var fix = suggestion.Id is null ? null : Member(suggestion.Catalog, suggestion.Id);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnknownId, argument, fix?.Properties, expected.Description, key, Describe(scope), didYouMean));
        }

        /// <summary>
        /// <c>Tagged("bordr")</c>, <c>InCountries("MXX")</c>: each constant value that no dossier of the project carries is
        /// BK7004 at that value, with the closest one suggested. The builder's dossier is not known here, so every
        /// dossier counts: a tag is reported only when none has it.
        /// </summary>
        private void AnalyzeFilter(OperationAnalysisContext context, IInvocationOperation invocation, bool tags)
        {
            var known = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var catalog in catalogs)
            {
                known.UnionWith(tags ? catalog.Index.Tags : catalog.Index.Countries);
            }

            foreach (var value in invocation.Arguments.SelectMany(a => a.Value is IArrayCreationOperation { Initializer: { } init } ? init.ElementValues : ImmutableArray.Create(a.Value)))
            {
                if (value.ConstantValue is not { HasValue: true, Value: string text } || known.Contains(text))
                {
                    continue;
                }

                var what = tags ? $"No fact is tagged '{text}'" : $"No actor or agency belongs to country '{text}'";
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.FilterSelectsNothing, value.Syntax.GetLocation(), what, Describe(catalogs),
                    "BriefingBuilder." + invocation.TargetMethod.Name, catalogs.Count == 1 ? "it" : "them", Suggestions.DidYouMean(text, known)));
            }
        }

        /// <summary>
        /// The catalog whose generated <c>Dossier</c> is the receiver: the property itself, or a local initialised
        /// from it and never assigned again (<c>var d = UsMexicoMigration2023.Dossier; d.Actor("x")</c>).
        /// </summary>
        private DossierCatalog? CatalogOf(IOperation? receiver) => receiver switch
        {
            IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Dossier" } property } =>
                catalogs.FirstOrDefault(c => SymbolEqualityComparer.Default.Equals(property.ContainingType, compilation.GetTypeByMetadataName(c.MetadataName))),
            ILocalReferenceOperation local when OnlyValueOf(local) is { } value => CatalogOf(value),
            _ => null,
        };

        /// <summary>What a local holds when its declaration is its only assignment in the method; otherwise null.</summary>
        private static IOperation? OnlyValueOf(ILocalReferenceOperation reference)
        {
            var root = (IOperation)reference;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            IOperation? value = null;
            foreach (var operation in root.Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local):
                        value = declarator.Initializer?.Value;
                        break;
                    case IAssignmentOperation { Target: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, reference.Local):
                    case IArgumentOperation { Value: ILocalReferenceOperation passed, Parameter.RefKind: not RefKind.None } when SymbolEqualityComparer.Default.Equals(passed.Local, reference.Local):
                        return null;
                }
            }

            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            return value;
        }

        /// <summary>The generated member for an id, when the generator has emitted it into this compilation.</summary>
        private (ImmutableDictionary<string, string?> Properties, string Display)? Member(DossierCatalog catalog, string id)
        {
            if (!catalog.Index.TryGetMember(id, out var section, out var name) ||
                compilation.GetTypeByMetadataName(catalog.MetadataName + "+" + section) is not { } sectionType ||
                sectionType.GetMembers(Naming.Identifiers.Unescaped(name)).IsEmpty)
            {
                return null;
            }

            var display = $"{catalog.Display}.{section}.{Naming.Identifiers.Unescaped(name)}";
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticDescriptors.MemberProperty, $"{catalog.Qualified}.{section}.{name}")
                .Add(DiagnosticDescriptors.MemberDisplayProperty, display);
            return (properties, display);
        }

        private static string Describe(IReadOnlyCollection<DossierCatalog> scope) => scope.Count == 1
            ? $"dossier '{scope.First().Index.DossierId}'"
            : "dossiers " + string.Join(", ", scope.Select(c => $"'{c.Index.DossierId}'"));
    }
}
