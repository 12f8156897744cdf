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

    /// <summary>
    /// "Did you mean" for a misspelt key or value, until this file has had <see cref="SuggestionBudget"/> of them:
    /// a file of 200,000 unknown keys spent most of its seconds on suggestions nobody reads.
    /// </summary>
    public string DidYouMean(string input, IEnumerable<string> candidates) =>
        suggestions++ < SuggestionBudget ? Text.Suggestions.DidYouMean(input, candidates) : string.Empty;

    private const int SuggestionBudget = 1_000;
    private int suggestions;

    /// <summary>A cleared list for a <see cref="MapReader"/>'s known keys; one per mapping was 5 MB of a large load.</summary>
    public List<string> RentKeyList() => spareKeyLists.Count > 0 ? spareKeyLists.Pop() : new List<string>(16);

    /// <summary>Takes back a list from <see cref="RentKeyList"/> once its reader is finished with it.</summary>
    public void ReturnKeyList(List<string> list)
    {
        list.Clear();
        spareKeyLists.Push(list);
    }

    private readonly Stack<List<string>> spareKeyLists = new();

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] args) =>
        Diagnostics.Add(descriptor.Create(File, span, args));
}
