using System.Collections.Generic;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Schema.Reading;

/// <summary>What every reader of one file shares: the file name, the limits and the diagnostics found so far.</summary>
internal sealed class ReadContext
{
    public ReadContext(string file, SchemaLimits limits, List<Diagnostic> diagnostics)
    {
        File = file;
        Limits = limits;
        Diagnostics = diagnostics;
    }

    public string File { get; }

    public SchemaLimits Limits { get; }

    public List<Diagnostic> Diagnostics { get; }

    /// <summary>Set when a size limit tripped: the rest of the file is not worth checking against a truncated view.</summary>
    public bool LimitExceeded { get; set; }

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] args) =>
        Diagnostics.Add(descriptor.Create(File, span, args));
}
