namespace BriefingKit.Schema.Diagnostics;

/// <summary>How serious a diagnostic is. Errors stop a build; warnings do not.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
