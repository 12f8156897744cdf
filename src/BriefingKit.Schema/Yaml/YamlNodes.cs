using System.Collections.Generic;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Schema.Yaml;

/// <summary>
/// A YAML node with its location. Built from the parser's event stream (not YamlDotNet's recursive
/// representation model) so that depth, aliases and size are bounded while reading.
/// </summary>
public abstract class YamlNode
{
    protected YamlNode(TextSpan span) => Span = span;

    public TextSpan Span { get; }

    /// <summary>What a user would call this node in a message: "text", "a list", "a mapping".</summary>
    public abstract string KindName { get; }
}

public sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool isPlain, TextSpan span)
        : base(span)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>True for an unquoted scalar, where an empty value or <c>~</c> means null.</summary>
    public bool IsPlain { get; }

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string KindName => IsNull ? "empty" : "text";
}

public sealed class YamlSequence : YamlNode
{
    public YamlSequence(IReadOnlyList<YamlNode> items, TextSpan span)
        : base(span) => Items = items;

    public IReadOnlyList<YamlNode> Items { get; }

    public override string KindName => "a list";
}

public sealed class YamlMapping : YamlNode
{
    public YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, TextSpan span)
        : base(span)
    {
        Entries = entries;
        EntryArray = entries as KeyValuePair<YamlScalar, YamlNode>[] ?? System.Linq.Enumerable.ToArray(entries);
    }

    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

    /// <summary>
    /// The entries as an array (the same one when the builder made it), so readers can loop over them without
    /// boxing an enumerator per lookup: that was 8 MB of garbage per load of a 10,000-fact dossier.
    /// </summary>
    internal KeyValuePair<YamlScalar, YamlNode>[] EntryArray { get; }

    public override string KindName => "a mapping";
}
