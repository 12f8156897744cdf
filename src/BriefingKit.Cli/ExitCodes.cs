namespace BriefingKit.Cli;

/// <summary>The closed set of ways a run can end, mapped to process exit codes in this one place.</summary>
internal enum ExitCode
{
    /// <summary>Everything succeeded; warnings may have been printed.</summary>
    Success = 0,

    /// <summary>An input (dossier, template, output path) has errors; diagnostics say which.</summary>
    InputErrors = 1,

    /// <summary>The command line itself is wrong (unknown option, bad value).</summary>
    Usage = 2,

    /// <summary>Writing an output failed (disk full, permission denied).</summary>
    OutputFailed = 3,

    /// <summary>A bug in BriefingKit: an unexpected exception. Reported without a stack trace unless BRIEFINGKIT_DEBUG=1.</summary>
    InternalError = 70,
}
