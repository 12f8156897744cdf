using System;
using System.Collections.Generic;
using System.Linq;
using Scriban.Functions;
using Scriban.Runtime;

namespace BriefingKit.Schema.Templates;

/// <summary>
/// What every BriefingKit template can call and must provide, beyond the model: our functions and what each
/// takes, Scriban's built-in objects, the partials the briefing's sections name, and the include depth limit.
/// The library serves exactly these (a test compares), so the checks before rendering see what a render sees.
/// </summary>
public static class TemplateRules
{
    /// <summary>Deepest chain of partials a template may include.</summary>
    public const int MaxPartialDepth = 16;

    /// <summary>Our functions: name → what their one argument must be, and how a message says so.</summary>
    public static IReadOnlyDictionary<string, FunctionRule> Functions { get; } = new Dictionary<string, FunctionRule>(StringComparer.Ordinal)
    {
        ["cite"] = new("notes", ValueShape.ListOf(ValueShape.Number), "cite takes a list of footnote numbers, such as row.notes"),
        ["yaml_string"] = new("value", ValueShape.Text, "yaml_string takes text, such as a field of a record, not a list or a record"),
        ["autolink"] = new("url", ValueShape.Text, "autolink takes text, such as a field of a record, not a list or a record"),
        ["paragraphs"] = new("text", ValueShape.Text, "paragraphs takes text, such as a field of a record, not a list or a record"),
        ["include"] = new("partial", ValueShape.Text, "include takes one partial name, such as include \"timeline\" or include section.partial"),
    };

    /// <summary>The partials the briefing's sections render through (<c>include section.partial</c>); every template folder needs them.</summary>
    public static IReadOnlyList<string> SectionPartials { get; } =
    [
        "bottom-line", "summary", "discrepancies", "events", "policy-levers", "people", "agency-table", "numbers", "statement-table", "source-list",
    ];

    /// <summary>Scriban's built-in objects (<c>string</c>, <c>array</c>, <c>date</c>…) and the functions each holds, read from Scriban itself.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Builtins => BuiltinNames.Value;

    /// <summary>The top-level names Scriban itself defines that are not objects of functions (<c>include_join</c>).</summary>
    public static IReadOnlyList<string> BuiltinFunctionNames => BuiltinTopLevel.Value;

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> BuiltinNames = new(() =>
        new BuiltinFunctions().Where(p => p.Value is ScriptObject)
            .ToDictionary(p => p.Key, p => (IReadOnlyList<string>)((ScriptObject)p.Value!).Keys.OrderBy(k => k, StringComparer.Ordinal).ToList(), StringComparer.Ordinal));

    private static readonly Lazy<IReadOnlyList<string>> BuiltinTopLevel = new(() =>
        new BuiltinFunctions().Where(p => p.Value is not ScriptObject).Select(p => p.Key).Where(k => !Functions.ContainsKey(k)).ToList());
}

/// <summary>One function of ours: its parameter's name, the shape its argument must have, and the message when it does not.</summary>
public sealed record FunctionRule(string Parameter, ValueShape Takes, string Message);
