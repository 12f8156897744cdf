using System.Globalization;
using System.Text;
using BriefingKit.Markdown;
using HandlebarsDotNet;

namespace BriefingKit.Templates;

/// <summary>
/// Helpers the templates use for output that is not plain escaped text:
/// <c>{{cite notes}}</c> footnote references, <c>{{yaml value}}</c> a quoted front-matter string,
/// <c>{{paragraphs text}}</c> escaped paragraphs separated by blank lines.
/// </summary>
internal static class TemplateHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("cite", (writer, _, arguments) => writer.WriteSafeString(Cite(Argument(arguments))));
        handlebars.RegisterHelper("yaml", (writer, _, arguments) => writer.WriteSafeString(YamlString(Argument(arguments)?.ToString() ?? string.Empty)));
        handlebars.RegisterHelper("url", (writer, _, arguments) => writer.WriteSafeString(UrlLink(Argument(arguments)?.ToString())));
        handlebars.RegisterHelper("paragraphs", (writer, _, arguments) => writer.WriteSafeString(Paragraphs(Argument(arguments)?.ToString())));
    }

    private static object? Argument(Arguments arguments) => arguments.Length > 0 ? arguments[0] : null;

    /// <summary>"[^1][^4]" from footnote numbers.</summary>
    public static string Cite(object? notes) => notes is IEnumerable<int> numbers
        ? string.Concat(numbers.Select(n => string.Create(CultureInfo.InvariantCulture, $"[^{n}]")))
        : string.Empty;

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
