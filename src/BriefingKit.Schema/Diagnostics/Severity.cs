namespace BriefingKit.Schema.Diagnostics;

/// <summary>How serious a diagnostic is. Errors stop a build; warnings do not.</summary>
public enum Severity
{
    /// <summary>Information only.</summary>
    Info,

    /// <summary>Worth fixing; the briefing is still built.</summary>
    Warning,

    /// <summary>Must be fixed; nothing is written.</summary>
    Error,
}
