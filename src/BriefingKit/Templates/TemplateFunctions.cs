using System.Globalization;
using System.Text;
using BriefingKit.Markdown;
using BriefingKit.Schema.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingKit.Templates;

/// <summary>
/// The functions templates call for output that is not plain escaped text: <c>cite notes</c> footnote marks,
/// <c>yaml_string value</c> a quoted front-matter scalar, <c>autolink url</c> a link, <c>paragraphs text</c> escaped
/// paragraphs separated by blank lines. Each returns <see cref="RawMarkdown"/>, so the renderer writes it as it is.
/// </summary>
internal static class TemplateFunctions
{
    /// <summary>Name → function, as templates call them (snake_case, like Scriban's own builtins).</summary>
    public static IReadOnlyDictionary<string, IScriptCustomFunction> All { get; } = new Dictionary<string, IScriptCustomFunction>(StringComparer.Ordinal)
    {
        ["cite"] = new OneArgumentFunction("notes", value => Cite(value)),
        ["yaml_string"] = new OneArgumentFunction("value", value => YamlString(Text("yaml_string", value))),
        ["autolink"] = new OneArgumentFunction("url", value => UrlLink(Text("autolink", value))),
        ["paragraphs"] = new OneArgumentFunction("text", value => Paragraphs(Text("paragraphs", value))),
    };

    private static string Text(string function, object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"{function} takes text, such as a field of a record, not a list or a record"),
    };

    /// <summary>"[^1][^4]" from footnote numbers.</summary>
    public static string Cite(object? notes) => notes switch
    {
        null => string.Empty,
        IEnumerable<int> numbers => string.Concat(numbers.Select(n => string.Create(CultureInfo.InvariantCulture, $"[^{n}]"))),
        _ => throw new ArgumentException("cite takes a list of footnote numbers, such as row.notes"),
    };

    /// <summary>A double-quoted YAML scalar: safe for any text, including quotes, colons and control characters.</summary>
    public static string YamlString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029')
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>An autolink-safe URL in angle brackets; characters that would end the link or a table cell are percent-encoded.</summary>
    public static string UrlLink(string? url) => string.IsNullOrEmpty(url) ? string.Empty
        : "<" + url.Replace("|", "%7C", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal) + ">";

    public static string Paragraphs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join("\n\n", paragraphs.Select(MarkdownEscaper.EscapeInline));
    }
}

/// <summary>
/// A template function of one argument whose result is Markdown to write as it is. The argument is declared as
/// <see cref="object"/> and checked by the function itself: Scriban's conversion to a declared type such as
/// <c>IEnumerable&lt;int&gt;</c> took 40 % of a large render.
/// </summary>
internal sealed class OneArgumentFunction(string parameter, Func<object?, string> apply) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(RawMarkdown);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), parameter);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        try
        {
            return new RawMarkdown(apply(arguments.Count > 0 ? arguments[0] : null));
        }
        catch (ArgumentException ex)
        {
            throw new TemplateProblem(callerContext?.Span ?? context.CurrentSpan, Codes.TemplateRuntime, ex.Message);
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
