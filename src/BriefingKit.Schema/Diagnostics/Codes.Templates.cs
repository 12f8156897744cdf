namespace BriefingKit.Schema.Diagnostics;

/// <summary>BK4xxx: briefing templates.</summary>
internal static partial class Codes
{
    public static readonly DiagnosticDescriptor TemplateSyntax = new("BK4001", Severity.Error, "Template syntax error", "template syntax error: {0}");
    public static readonly DiagnosticDescriptor MissingPartial = new("BK4002", Severity.Error, "Missing partial", "partial '{0}' not found in {1}{2}");
    public static readonly DiagnosticDescriptor PartialOutsideFolder = new("BK4003", Severity.Error, "Partial outside the template folder", "partial name '{0}' would leave the template folder; partials are plain names such as 'timeline'");
    public static readonly DiagnosticDescriptor RecursivePartial = new("BK4004", Severity.Error, "Recursive partial", "partials include each other in a loop: {0}");
    public static readonly DiagnosticDescriptor UnknownBinding = new("BK4005", Severity.Error, "Unknown name in template", "'{0}' is not {1}{2}");
    public static readonly DiagnosticDescriptor TemplateNotFound = new("BK4006", Severity.Error, "Template not found", "{0}");
    public static readonly DiagnosticDescriptor TemplateTooDeep = new("BK4007", Severity.Error, "Template nesting too deep", "partials nest deeper than {0} levels: {1}");
    public static readonly DiagnosticDescriptor TemplateLimit = new("BK4008", Severity.Error, "Template limit exceeded", "{0}");
    public static readonly DiagnosticDescriptor TemplateRuntime = new("BK4009", Severity.Error, "Template error", "{0}");
}
