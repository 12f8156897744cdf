namespace BriefingKit.Schema.Diagnostics;

/// <summary>BK2xxx: the dossier's structure and value formats.</summary>
internal static partial class Codes
{
    public static readonly DiagnosticDescriptor UnknownKey = new("BK2001", Severity.Error, "Unknown key", "unknown key '{0}' in {1}{2}");
    public static readonly DiagnosticDescriptor MissingField = new("BK2002", Severity.Error, "Missing required field", "{0} is missing required field '{1}'");
    public static readonly DiagnosticDescriptor WrongType = new("BK2003", Severity.Error, "Wrong type", "'{0}' must be {1}, not {2}");
    public static readonly DiagnosticDescriptor InvalidDate = new("BK2004", Severity.Error, "Invalid date", "'{0}' is not a valid date for '{1}'; use YYYY-MM-DD, YYYY-MM or YYYY");
    public static readonly DiagnosticDescriptor InvalidChoice = new("BK2005", Severity.Error, "Invalid value", "'{0}' is not a valid {1}{2}; expected one of: {3}");
    public static readonly DiagnosticDescriptor InvalidNumber = new("BK2006", Severity.Error, "Invalid number", "'{0}' is not a valid number for '{1}'; write digits with an optional '.' fraction, no separators or exponents");
    public static readonly DiagnosticDescriptor InvalidId = new("BK2007", Severity.Error, "Invalid id", "'{0}' is not a valid id; use kebab-case: lower-case letters and digits separated by single '-'{1}");
    public static readonly DiagnosticDescriptor EmptyValue = new("BK2008", Severity.Error, "Empty value", "'{0}' must not be empty");
    public static readonly DiagnosticDescriptor InvalidUrl = new("BK2009", Severity.Error, "Invalid URL", "'{0}' is not an absolute http(s) URL");
    public static readonly DiagnosticDescriptor EmptyQuote = new("BK2010", Severity.Error, "Empty quote", "quote is empty; a citation must quote the source verbatim");
    public static readonly DiagnosticDescriptor ReversedRange = new("BK2011", Severity.Error, "Date range ends before it starts", "range ends ({1}) before it starts ({0})");
    public static readonly DiagnosticDescriptor InvalidCountry = new("BK2012", Severity.Error, "Invalid country code", "'{0}' is not an ISO 3166-1 alpha-2 country code (two upper-case letters, e.g. US, MX)");
}
