using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Pdf;

/// <summary>Collects the diagnostics of one render, located in <see cref="File"/>, each reported once.</summary>
internal sealed class DiagnosticBag(string file)
{
    readonly List<Diagnostic> _items = [];
    readonly HashSet<Diagnostic> _seen = [];

    public string File { get; } = file;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public void Add(Diagnostic diagnostic)
    {
        if (_seen.Add(diagnostic))
        {
            _items.Add(diagnostic);
        }
    }

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] args) =>
        Add(descriptor.Create(File, span, args));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }
}
