using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace BriefingKit.Generators.Naming;

/// <summary>
/// Turns dossier ids into C# identifiers that are valid, stable (depend only on the id and file order) and
/// collision-free within their scope.
/// </summary>
internal static class Identifiers
{
    /// <summary>Members every class inherits from <see cref="object"/>; a catalog member named so would hide one (CS0108).</summary>
    public static readonly IReadOnlyCollection<string> ObjectMembers =
        new[] { "Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString" };

    /// <summary><c>us-mexico-migration-2023</c> → <c>UsMexicoMigration2023</c>; <c>9-11-commission</c> → <c>_911Commission</c>.</summary>
    public static string Pascal(string id)
    {
        var builder = new StringBuilder(id.Length + 1);
        var startOfWord = true;
        foreach (var c in id)
        {
            if (IsAsciiLetterOrDigit(c))
            {
                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else
            {
                startOfWord = true; // '-' (and anything else) separates words and is dropped
            }
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return Escape(builder.ToString());
    }

    /// <summary>Prefixes <c>@</c> when the name is a C# keyword (<c>class</c> → <c>@class</c>).</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.VarKeyword
            ? "@" + name
            : name;

    /// <summary>The name as the compiler stores it (without a verbatim <c>@</c>).</summary>
    public static string Unescaped(string name) => name.StartsWith("@", StringComparison.Ordinal) ? name.Substring(1) : name;

    /// <summary>
    /// Makes names unique in order: the first keeps its name, later ones get <c>_2</c>, <c>_3</c> …; names in
    /// <paramref name="reserved"/> are never handed out. Ids hold no <c>_</c>, so a suffixed name never equals a plain
    /// one. Comparison ignores case: <c>us-cbp</c> (UsCbp) and <c>uscbp</c> (Uscbp) would be told apart only by case,
    /// which readers miss and generated file names (hint names) cannot hold.
    /// </summary>
    public static List<string> Unique(IEnumerable<string> names, IEnumerable<string> reserved)
    {
        var taken = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var name in names)
        {
            var candidate = name;
            for (var n = 2; !taken.Add(Unescaped(candidate)); n++)
            {
                candidate = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            result.Add(candidate);
        }

        return result;
    }

    /// <summary>A namespace from an MSBuild property: each dotted part made a valid identifier; null when nothing is left.</summary>
    public static string? Namespace(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var raw in value.Split('.'))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            var builder = new StringBuilder(part.Length + 1);
            foreach (var c in part)
            {
                builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            }

            if (char.IsDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }

            parts.Add(Escape(builder.ToString()));
        }

        return parts.Count == 0 ? null : string.Join(".", parts);
    }

    private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
