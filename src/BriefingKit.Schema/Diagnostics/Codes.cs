namespace BriefingKit.Schema.Diagnostics;

/// <summary>
/// The closed catalogue of BriefingKit diagnostic codes, grouped by area:
/// BK1xxx input and YAML, BK2xxx schema, BK3xxx references and semantics, BK4xxx templates,
/// BK5xxx outputs, BK6xxx PDF, BK7xxx C# analyzers. Each area lives in its own partial file.
/// Codes are stable: never renumber or reuse one.
/// </summary>
internal static partial class Codes
{
}
