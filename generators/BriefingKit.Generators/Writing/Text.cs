using System.Globalization;
using System.Text;

namespace BriefingKit.Generators.Writing;

/// <summary>Escaping for the two places dossier text lands in generated code: string literals and XML doc comments.</summary>
internal static class Text
{
    /// <summary>
    /// A regular C# string literal. Controls, format characters (bidi overrides: no "Trojan source"),
    /// surrogates and the characters C# treats as line breaks are written as <c>\uXXXX</c>; letters with
    /// accents stay readable.
    /// </summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
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
                    if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
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

    /// <summary>
    /// Text for one XML doc line: whitespace runs collapsed (a doc line cannot hold a line break), markup
    /// characters escaped, invisible characters written as character references, cut to <paramref name="max"/> characters.
    /// </summary>
    public static string Xml(string value, int max = 240)
    {
        var builder = new StringBuilder(value.Length);
        var visible = 0;
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (visible == max)
            {
                builder.Append('…');
                break;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            visible++;
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        builder.Append("&#x").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c)
    {
        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return true;
            default:
                return false;
        }
    }
}
