namespace BriefingKit.Schema.Diagnostics;

/// <summary>BK3xxx: ids, references and facts' sourcing.</summary>
internal static partial class Codes
{
    public static readonly DiagnosticDescriptor DuplicateId = new("BK3001", Severity.Error, "Duplicate id", "id '{0}' is already used by {1} at line {2}; ids are unique across the dossier");
    public static readonly DiagnosticDescriptor UnknownReference = new("BK3002", Severity.Error, "Unknown reference", "unknown {0} '{1}'{2}");
    public static readonly DiagnosticDescriptor WrongReferenceKind = new("BK3003", Severity.Error, "Reference to the wrong kind", "'{0}' is {1}, but '{2}' expects {3}");
    public static readonly DiagnosticDescriptor NoCitations = new("BK3004", Severity.Error, "Fact without citations", "{0} has no citations; every fact needs at least one sourced quote");
    public static readonly DiagnosticDescriptor UnknownSource = new("BK3005", Severity.Error, "Citation to unknown source", "citation names unknown source '{0}'{1}");
    public static readonly DiagnosticDescriptor AgencyCycle = new("BK3006", Severity.Error, "Cycle in agency parents", "agency '{0}' is its own ancestor: {1}");
    public static readonly DiagnosticDescriptor UnusedSource = new("BK3007", Severity.Warning, "Unused source", "source '{0}' is never cited");
    public static readonly DiagnosticDescriptor DuplicateAlias = new("BK3008", Severity.Warning, "Ambiguous alias", "alias '{0}' names both '{1}' and '{2}'; lookups by this alias are ambiguous");
    public static readonly DiagnosticDescriptor QuoteNotInCitation = new("BK3009", Severity.Warning, "Statement quote not backed by a citation", "statement '{0}' quotes words that none of its citations contains; cite the passage that prints them");
    public static readonly DiagnosticDescriptor QuoteNotInSourceText = new("BK3010", Severity.Error, "Quote not in the source's text", "this quote is not in the stored text of '{0}': {1}");
    public static readonly DiagnosticDescriptor LocatorDisagreesWithText = new("BK3011", Severity.Error, "Locator does not hold the quote", "the quote is in {0} of {1}, not in '{2}'");
    public static readonly DiagnosticDescriptor SourceTextNotReadable = new("BK3012", Severity.Error, "Source text cannot be read", "cannot read the text of source '{0}' ('{1}'): {2}");
}
