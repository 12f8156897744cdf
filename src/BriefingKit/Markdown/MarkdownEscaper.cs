using System.Buffers;
using System.Text;

namespace BriefingKit.Markdown;

/// <summary>
/// Makes dossier text literal in GitHub-flavoured Markdown: inline syntax (<c>* _ ` [ ] &lt; &gt; | ~ &amp; $ \</c>)
/// is backslash-escaped, a value that would start a block (<c>#</c>, <c>&gt;</c>, <c>-</c>, <c>1.</c>, <c>:::</c>) has its
/// first character escaped, and line breaks become spaces so a value never breaks a table row or paragraph.
/// Template syntax (<c>{{</c>) needs no escaping: output is never re-parsed as a template.
/// </summary>
internal static class MarkdownEscaper
{
    /// <summary>Characters that start inline syntax; <see cref="AppendInline"/> puts a backslash before each.</summary>
    private const string InlineSpecials = "\\`*_[]<>|~&$";

    private static readonly SearchValues<char> Specials = SearchValues.Create(InlineSpecials);

    /// <summary>Every character <see cref="AppendInline"/> changes: line breaks, tabs and the inline specials.</summary>
    private static readonly SearchValues<char> Changed = SearchValues.Create("\r\n\t" + InlineSpecials);

    /// <summary>
    /// <paramref name="text"/> made literal Markdown: inline syntax backslash-escaped, a block-opening first character escaped,
    /// line breaks and tabs made spaces. Null or empty gives an empty string.
    /// </summary>
    public static string EscapeInline(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Most values (names, dates, ids) need nothing escaped: hand them back as they are instead of copying
        // each through a StringBuilder (a large briefing renders hundreds of thousands of values).
        if (IsLiteral(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        AppendInline(text, builder);
        return builder.ToString();
    }

    /// <summary>True when <see cref="AppendInline"/> would copy <paramref name="text"/> unchanged.</summary>
    private static bool IsLiteral(string text)
    {
        // Vectorised: this runs over every value a briefing prints, and most contain nothing to change.
        if (text.AsSpan().ContainsAny(Changed))
        {
            return false;
        }

        // The same test as EscapeBlockStart: nothing after the leading spaces may open a block.
        var i = 0;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i == text.Length)
        {
            return true;
        }

        if (text[i] is '#' or '-' or '+' or '=' or ':')
        {
            return false;
        }

        var j = i;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        return !(j > i && j < text.Length && text[j] is '.' or ')');
    }

    /// <summary>Appends <paramref name="text"/> to <paramref name="builder"/>, escaped as <see cref="EscapeInline"/> does.</summary>
    public static void AppendInline(string text, StringBuilder builder)
    {
        var start = builder.Length;
        var lastWasSpace = false;
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t')
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = c == ' ';
            if (IsInlineSpecial(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        EscapeBlockStart(builder, start);
    }

    private static bool IsInlineSpecial(char c) => Specials.Contains(c);

    /// <summary>Escapes a first character that would open a heading, list, quote, fence or container.</summary>
    private static void EscapeBlockStart(StringBuilder builder, int start)
    {
        var i = start;
        while (i < builder.Length && builder[i] == ' ')
        {
            i++;
        }

        if (i >= builder.Length)
        {
            return;
        }

        var first = builder[i];
        if (first is '#' or '-' or '+' or '=' or ':')
        {
            builder.Insert(i, '\\');
            return;
        }

        var j = i;
        while (j < builder.Length && char.IsAsciiDigit(builder[j]))
        {
            j++;
        }

        if (j > i && j < builder.Length && builder[j] is '.' or ')')
        {
            builder.Insert(j, '\\');
        }
    }
}
