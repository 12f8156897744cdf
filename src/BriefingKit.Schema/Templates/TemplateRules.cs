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
internal static class TemplateRules
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

    /// <summary>
    /// Scriban's built-in objects of functions, each created (and its functions listed, from Scriban itself) only
    /// when a template reads one of its members: creating all of them costs more than checking a whole set.
    /// </summary>
    public static IReadOnlyDictionary<string, Func<ScriptObject>> BuiltinObjects { get; } = new Dictionary<string, Func<ScriptObject>>(StringComparer.Ordinal)
    {
        ["array"] = () => new ArrayFunctions(),
        ["date"] = () => new DateTimeFunctions(),
        ["html"] = () => new HtmlFunctions(),
        ["math"] = () => new MathFunctions(),
        ["object"] = () => new ObjectFunctions(),
        ["regex"] = () => new RegexFunctions(),
        ["string"] = () => new StringFunctions(),
        ["timespan"] = () => new TimeSpanFunctions(),
    };

    /// <summary>Scriban's other top-level built-ins (values and functions, not objects of functions); <c>include</c> is ours.</summary>
    public static IReadOnlyList<string> BuiltinValues { get; } = ["empty", "blank", "include_join"];

    /// <summary>The functions of one built-in object (<c>string</c> → upcase, downcase, …), sorted.</summary>
    public static IReadOnlyList<string> BuiltinFunctions(string builtin)
    {
        lock (FunctionsOf)
        {
            if (!FunctionsOf.TryGetValue(builtin, out var names))
            {
                names = BuiltinObjects.TryGetValue(builtin, out var create) ? create().Keys.OrderBy(k => k, StringComparer.Ordinal).ToList() : [];
                FunctionsOf[builtin] = names;
            }

            return names;
        }
    }

    private static readonly Dictionary<string, IReadOnlyList<string>> FunctionsOf = new(StringComparer.Ordinal);
}

/// <summary>One function of ours: its parameter's name, the shape its argument must have, and the message when it does not.</summary>
internal sealed record FunctionRule(string Parameter, ValueShape Takes, string Message);
