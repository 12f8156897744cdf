using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace BriefingKit.Schema.Model;

/// <summary>Converts enum members to and from their kebab-case YAML spelling.</summary>
internal static class Kebab
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => FromPascal(value.ToString());

    public static IReadOnlyList<string> Names<TEnum>()
        where TEnum : struct, Enum => Spellings<TEnum>.Names.ToList();

    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        var names = Spellings<TEnum>.Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], text, StringComparison.Ordinal))
            {
                value = Spellings<TEnum>.Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string FromPascal(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        // Single-letter members (reliability grades) keep their letter: "A", not "a".
        return name.Length == 1 ? name : builder.ToString();
    }

    /// <summary>
    /// Each member of <typeparamref name="TEnum"/> and its spelling, in declaration-value order, worked out once:
    /// spelling every member afresh (boxing, ToString, a StringBuilder) for each value read was several MB of
    /// garbage per load of a large dossier.
    /// </summary>
    private static class Spellings<TEnum>
        where TEnum : struct, Enum
    {
        // By name, not Enum.GetValues: that builds an array of TEnum at run time, which Native AOT cannot promise.
        public static readonly TEnum[] Values = Enum.GetNames(typeof(TEnum)).Select(n => (TEnum)Enum.Parse(typeof(TEnum), n)).ToArray();

        public static readonly string[] Names = Values.Select(Of).ToArray();
    }

    /// <summary>True for ids like <c>lopez-obrador</c> or <c>sb-4</c>: lower-case ASCII letters and digits, single hyphens.</summary>
    public static bool IsValidId(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[id.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The nearest valid id for a message's suggestion: "Lopez_Obrador" → "lopez-obrador".</summary>
    public static string Suggest(string id)
    {
        var builder = new StringBuilder();
        foreach (var c in id.Normalize(NormalizationForm.FormD))
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                builder.Append(c);
            }
            else if (c >= 'A' && c <= 'Z')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if ((c == '-' || c == '_' || c == ' ' || c == '.') && builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
