using System.Collections.Generic;
using System.Threading;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Schema.Yaml;

/// <summary>
/// A YAML node with its location. Built from the parser's event stream (not YamlDotNet's recursive
/// representation model) so that depth, aliases and size are bounded while reading.
/// </summary>
internal abstract class YamlNode
{
    protected YamlNode(TextSpan span) => Span = span;

    public TextSpan Span { get; }

    /// <summary>What a user would call this node in a message: "text", "a list", "a mapping".</summary>
    public abstract string KindName { get; }
}

internal sealed class YamlScalar : YamlNode
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

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(IReadOnlyList<YamlNode> items, TextSpan span)
        : base(span)
    {
        Items = items;
        ItemArray = items as YamlNode[] ?? System.Linq.Enumerable.ToArray(items);
    }

    public IReadOnlyList<YamlNode> Items { get; }

    /// <summary>The items as an array (the builder's own, no copy), for loops that box no enumerator.</summary>
    internal YamlNode[] ItemArray { get; }

    public override string KindName => "a list";
}

internal sealed class YamlMapping : YamlNode
{
    private readonly MapEntry[] entryArray;
    private IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>>? entries;

    public YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, TextSpan span)
        : base(span)
    {
        this.entries = entries;
        entryArray = new MapEntry[entries.Count];
        for (var i = 0; i < entryArray.Length; i++)
        {
            var entry = entries[i];
            entryArray[i] = new MapEntry(entry.Key.Value, entry.Key.Span, entry.Key.IsPlain, entry.Value);
        }
    }

    /// <summary>The tree builder's constructor: keys stay inline in the entries until someone asks for <see cref="Entries"/>.</summary>
    internal YamlMapping(MapEntry[] entries, TextSpan span)
        : base(span) => entryArray = entries;

    /// <summary>The entries, each key as a <see cref="YamlScalar"/>; built on first use when the tree builder made this mapping.</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries
    {
        get
        {
            if (entries is null)
            {
                var made = new KeyValuePair<YamlScalar, YamlNode>[entryArray.Length];
                for (var i = 0; i < made.Length; i++)
                {
                    var entry = entryArray[i];
                    made[i] = new KeyValuePair<YamlScalar, YamlNode>(new YamlScalar(entry.Key, entry.KeyIsPlain, entry.KeySpan), entry.Value);
                }

                Interlocked.CompareExchange(ref entries, made, null);
            }

            return entries!;
        }
    }

    /// <summary>
    /// The entries with their keys inline: no <see cref="YamlScalar"/> object per key, so a large dossier's tree
    /// holds about 150,000 fewer objects while it waits to be read (fewer bytes for each collection to promote),
    /// and readers loop over an array without boxing an enumerator.
    /// </summary>
    internal MapEntry[] EntryArray => entryArray;

    public override string KindName => "a mapping";
}

/// <summary>
/// One key and value of a <see cref="YamlMapping"/>, the key stored inline rather than as a node: 32 bytes for
/// the usual plain one-line key (its end is worked out from its start and length), a <see cref="YamlScalar"/>
/// for any other key, which keeps its span and style exactly as given.
/// </summary>
internal readonly struct MapEntry
{
    // The key's text for a compact entry, or the key as a YamlScalar when it is quoted or its span is not a
    // single line whose end column follows from its length.
    private readonly object key;
    private readonly int line;
    private readonly int column;
    private readonly int offset;
    private readonly int endOffset;

    public MapEntry(string key, TextSpan keySpan, bool keyIsPlain, YamlNode value)
    {
        Value = value;
        if (keyIsPlain && keySpan.EndLine == keySpan.Line && keySpan.EndColumn - keySpan.Column == keySpan.EndOffset - keySpan.Offset)
        {
            this.key = key;
            line = keySpan.Line;
            column = keySpan.Column;
            offset = keySpan.Offset;
            endOffset = keySpan.EndOffset;
        }
        else
        {
            this.key = new YamlScalar(key, keyIsPlain, keySpan);
            line = column = offset = endOffset = 0;
        }
    }

    public string Key => key as string ?? ((YamlScalar)key).Value;

    public TextSpan KeySpan => key is YamlScalar scalar
        ? scalar.Span
        : new TextSpan(line, column, line, column + (endOffset - offset), offset, endOffset);

    public bool KeyIsPlain => key is not YamlScalar scalar || scalar.IsPlain;

    public YamlNode Value { get; }
}
