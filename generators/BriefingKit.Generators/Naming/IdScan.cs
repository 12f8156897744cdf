using System;
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Schema.Model;

namespace BriefingKit.Generators.Naming;

/// <summary>
/// The entity ids of a dossier whose YAML cannot be parsed, read line by line: <c>- id: blinken</c> items directly
/// under a top-level section (<c>actors:</c>). A syntax error in one title should not take every catalog member
/// with it: with these, code that uses the catalog keeps compiling while the BK error in the YAML is fixed.
/// </summary>
internal static class IdScan
{
    private static readonly Dictionary<string, EntityKind> SectionKeys = new(StringComparer.Ordinal)
    {
        ["sources"] = EntityKind.Source,
        ["actors"] = EntityKind.Actor,
        ["agencies"] = EntityKind.Agency,
        ["policies"] = EntityKind.Policy,
        ["statistics"] = EntityKind.Statistic,
        ["events"] = EntityKind.Event,
        ["statements"] = EntityKind.Statement,
        ["claims"] = EntityKind.Claim,
    };

    public static Dictionary<EntityKind, List<string>> Ids(string text)
    {
        var found = SectionKeys.Values.Distinct().ToDictionary(k => k, _ => new List<string>());
        EntityKind? section = null;
        var itemIndent = -1;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            if (line[0] != ' ' && line[0] != '-')
            {
                // A top-level key: the section it opens, if it is one of the entity lists.
                var colon = line.IndexOf(':');
                section = colon > 0 && SectionKeys.TryGetValue(line.Substring(0, colon).Trim(), out var kind) ? kind : null;
                itemIndent = -1;
                continue;
            }

            if (section is not { } current || Id(line, out var indent) is not { } id)
            {
                continue;
            }

            // The first item fixes the items' indentation; deeper "- id:" lines belong to nested lists.
            if (itemIndent < 0)
            {
                itemIndent = indent;
            }

            if (indent == itemIndent)
            {
                found[current].Add(id);
            }
        }

        return found;
    }

    /// <summary>The value of a <c>- id: value</c> line (quotes and a trailing comment removed), and where its dash is.</summary>
    private static string? Id(string line, out int indent)
    {
        indent = line.Length - line.TrimStart(' ').Length;
        var rest = line.Substring(indent);
        if (!rest.StartsWith("-", StringComparison.Ordinal))
        {
            return null;
        }

        rest = rest.Substring(1).TrimStart();
        if (!rest.StartsWith("id:", StringComparison.Ordinal))
        {
            return null;
        }

        var value = rest.Substring(3);
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        value = (comment >= 0 ? value.Substring(0, comment) : value).Trim().Trim('"', '\'');
        return value.Length > 0 && value.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.') ? value : null;
    }
}
