using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Codes = BriefingKit.Schema.Diagnostics.Codes;
using SchemaDescriptor = BriefingKit.Schema.Diagnostics.DiagnosticDescriptor;
using SchemaSeverity = BriefingKit.Schema.Diagnostics.Severity;

namespace BriefingKit.Generators;

/// <summary>
/// Every Roslyn descriptor the generator's analyzers report: the dossier codes (BK1xxx–BK3xxx, mirrored one for
/// one from <see cref="Codes"/>, so `dotnet build` and the CLI print the same code for the same problem) and the
/// C# analyzer codes (BK7xxx, owned here). The mirrored list is explicit: SupportedDiagnostics must not change
/// shape at run time, and a test fails when Schema adds a code that is missing here.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string DossierCategory = "BriefingKit.Dossier";
    public const string UsageCategory = "BriefingKit.Usage";
    public const string TemplateCategory = "BriefingKit.Template";

    /// <summary>Property naming the generated member a code fix should substitute (fully qualified, <c>global::…</c>).</summary>
    public const string MemberProperty = "Member";

    /// <summary>Property with the member as it reads in a message (<c>UsMexicoMigration2023.Actors.Blinken</c>).</summary>
    public const string MemberDisplayProperty = "MemberDisplay";

    /// <summary>Codes a dossier read can report, in catalogue order.</summary>
    internal static readonly SchemaDescriptor[] SchemaCodes =
    {
        Codes.FileNotReadable, Codes.FileTooLarge, Codes.InvalidEncoding, Codes.ForbiddenCharacter, Codes.BidiControl,
        Codes.YamlSyntax, Codes.MultipleDocuments, Codes.NestingTooDeep, Codes.AliasLimit, Codes.ForeignTag,
        Codes.DuplicateKey, Codes.EmptyDocument, Codes.RootNotMapping, Codes.ScalarTooLong, Codes.MergeKey,
        Codes.ComplexKey, Codes.TooManyEntities,
        Codes.UnknownKey, Codes.MissingField, Codes.WrongType, Codes.InvalidDate, Codes.InvalidChoice,
        Codes.InvalidNumber, Codes.InvalidId, Codes.EmptyValue, Codes.InvalidUrl, Codes.EmptyQuote,
        Codes.ReversedRange, Codes.InvalidCountry,
        Codes.DuplicateId, Codes.UnknownReference, Codes.WrongReferenceKind, Codes.NoCitations, Codes.UnknownSource,
        Codes.AgencyCycle, Codes.UnusedSource, Codes.DuplicateAlias, Codes.QuoteNotInCitation,

        // Checked when a dossier is loaded at run time (the generator reads no source texts); listed so the
        // catalogue stays one list and a build that ever reports them prints the same code.
        Codes.QuoteNotInSourceText, Codes.LocatorDisagreesWithText, Codes.SourceTextNotReadable,
    };

    /// <summary>Codes the template checks report (BK4xxx): the library's checks, run on <c>*.sbn</c> AdditionalFiles.</summary>
    internal static readonly SchemaDescriptor[] TemplateCodes =
    {
        Codes.TemplateSyntax, Codes.MissingPartial, Codes.PartialOutsideFolder, Codes.RecursivePartial, Codes.UnknownBinding,
        Codes.TemplateNotFound, Codes.TemplateTooDeep, Codes.TemplateLimit, Codes.TemplateRuntime,
    };

    /// <summary>BK7000: a dossier diagnostic whose code this generator build does not know (Schema is newer); never expected.</summary>
    public static readonly DiagnosticDescriptor UnlistedDossierCode = new(
        "BK7000", "Dossier diagnostic with a code unknown to the generator", "{0}: {1}", DossierCategory,
        DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "BriefingKit.Schema reported a code that BriefingKit.Generators does not list; update DiagnosticDescriptors.");

    public static readonly DiagnosticDescriptor UnknownId = new(
        "BK7001", "Unknown dossier id", "Unknown {0} '{1}' in {2}{3}", UsageCategory,
        DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A string lookup on BriefingKit.Model.Dossier names an id that no dossier in AdditionalFiles declares; at run time it would throw or return null.");

    public static readonly DiagnosticDescriptor WrongKind = new(
        "BK7002", "Dossier id names another kind of entity", "'{0}' is {1} in {2}, but {3} looks up {4}", UsageCategory,
        DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A string lookup on BriefingKit.Model.Dossier asks for one kind of entity by the id of another; at run time it would throw.");

    public static readonly DiagnosticDescriptor UseGeneratedMember = new(
        "BK7003", "Use the generated catalog member", "'{0}' has a generated member: use {1} instead of a string lookup", UsageCategory,
        DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "The generated catalog member is checked by the compiler, survives renames and shows the entity's sourced fact on hover.");

    public static readonly DiagnosticDescriptor FilterSelectsNothing = new(
        "BK7004", "Briefing filter selects nothing", "{0} in {1}, so {2} selects nothing from {3}{4}", UsageCategory,
        DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A constant tag or country given to BriefingBuilder.Tagged or InCountries is carried by nothing in the project's dossiers: the briefing would silently select nothing by it (at run time: BK5006).");

    /// <summary>Roslyn descriptor per mirrored code.</summary>
    public static readonly ImmutableDictionary<string, DiagnosticDescriptor> ByCode =
        SchemaCodes.Concat(TemplateCodes).ToImmutableDictionary(c => c.Code, ToRoslyn);

    /// <summary>What <see cref="Analyzers.DossierFileAnalyzer"/> supports, ordered by code.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> DossierFile =
        SchemaCodes.Select(c => ByCode[c.Code]).OrderBy(d => d.Id, System.StringComparer.Ordinal).Append(UnlistedDossierCode).ToImmutableArray();

    public static DiagnosticSeverity Severity(SchemaSeverity severity) => severity switch
    {
        SchemaSeverity.Error => DiagnosticSeverity.Error,
        SchemaSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    // The schema formats its own messages (invariant culture, suggestions included); Roslyn passes them through.
    private static DiagnosticDescriptor ToRoslyn(SchemaDescriptor code) =>
        new(code.Code, code.Title, "{0}", code.Code.StartsWith("BK4", System.StringComparison.Ordinal) ? TemplateCategory : DossierCategory, Severity(code.Severity), isEnabledByDefault: true);
}
