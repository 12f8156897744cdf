using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Cli.Tests.Corpus;

/// <summary>One expected diagnostic: code, severity, line and column.</summary>
public sealed record Expected(string Code, Severity Severity, int Line, int Column)
{
    private static readonly Dictionary<string, DiagnosticDescriptor> Catalogue = typeof(Codes).GetFields()
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!).ToDictionary(d => d.Code);

    /// <summary>"BK2001 18:5"; the severity is the catalogue's for the code (docs/diagnostics.md).</summary>
    public static Expected Parse(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var position = parts[1].Split(':');
        return At(parts[0], int.Parse(position[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(position[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    public static Expected At(string code, int line, int column) =>
        new(code, Catalogue.TryGetValue(code, out var d) ? d.Severity : throw new ArgumentException($"no diagnostic code {code}"), line, column);

    public static Expected Of(Diagnostic d) => new(d.Code, d.Severity, d.Line, d.Column);

    public static IEnumerable<string> AllCodes => Catalogue.Keys;

    public override string ToString() => $"{Code} {Diagnostic.SeverityWord(Severity)} {Line}:{Column}";
}
