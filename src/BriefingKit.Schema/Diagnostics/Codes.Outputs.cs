namespace BriefingKit.Schema.Diagnostics;

/// <summary>BK5xxx: writing outputs.</summary>
internal static partial class Codes
{
    public static readonly DiagnosticDescriptor OutputIsInput = new("BK5001", Severity.Error, "Output would overwrite an input", "refusing to write '{0}': it is an input ({1})");
    public static readonly DiagnosticDescriptor OutputWriteFailed = new("BK5002", Severity.Error, "Output cannot be written", "cannot write '{0}': {1}");
    public static readonly DiagnosticDescriptor UnknownFormat = new("BK5003", Severity.Error, "Unknown output format", "unknown output format '{0}'{1}; available: {2}");
    public static readonly DiagnosticDescriptor OutputInTemplates = new("BK5004", Severity.Error, "Output inside the template folder", "refusing to write '{0}' inside the template folder '{1}'");
    public static readonly DiagnosticDescriptor OutputFolderIsFile = new("BK5005", Severity.Error, "Output folder is a file", "output folder '{0}' exists and is a file");
    public static readonly DiagnosticDescriptor FilterSelectsNothing = new("BK5006", Severity.Warning, "Briefing filter selects nothing", "{0}, so the filter selects nothing from it{1}");
}
