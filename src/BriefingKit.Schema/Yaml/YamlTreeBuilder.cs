using System;
using System.Collections.Generic;
using System.IO;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingKit.Schema.Yaml;

/// <summary>
/// Builds a located <see cref="YamlNode"/> tree from YamlDotNet's event stream, iteratively, enforcing
/// <see cref="SchemaLimits"/> as it goes: it stops as soon as a limit is crossed, so deep nesting, alias
/// bombs and huge documents cost no more than reading up to the limit.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private static readonly HashSet<string> CoreTags = new(StringComparer.Ordinal)
    {
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", "!",
    };

    private readonly string file;
    private readonly SchemaLimits limits;
    private readonly List<Diagnostic> diagnostics;
    private readonly Dictionary<string, YamlNode> anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<YamlNode, long> expandedSizes = new();
    private readonly Dictionary<string, string> keyNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly Stack<Frame> stack = new();
    // Closed frames, kept for the next collection to open: their lists keep their capacity, so a mapping or list
    // costs no Frame, no List and no growth copies, only its exact-size array.
    private readonly Stack<Frame> spareFrames = new();
    private string text = string.Empty;
    private int aliasCount;
    private long expandedNodes;

    private YamlTreeBuilder(string file, SchemaLimits limits, List<Diagnostic> diagnostics)
    {
        this.file = file;
        this.limits = limits;
        this.diagnostics = diagnostics;
    }

    /// <summary>Parses <paramref name="text"/>; returns the root node, or null when the text has no usable document.</summary>
    public static YamlNode? Build(string file, string text, SchemaLimits limits, List<Diagnostic> diagnostics) =>
        new YamlTreeBuilder(file, limits, diagnostics).Run(text);

    private YamlNode? Run(string text)
    {
        this.text = text;
        YamlNode? root = null;
        var documents = 0;
        var reached = Mark.Empty;
        try
        {
            var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                reached = current.End;
                switch (current)
                {
                    case DocumentStart start when !start.IsImplicit || documents > 0 || root is not null:
                        documents++;
                        if (documents > 1)
                        {
                            diagnostics.Add(Codes.MultipleDocuments.Create(file, Span(start)));
                            return null;
                        }

                        break;
                    case DocumentStart:
                        documents++;
                        break;
                    case Scalar scalar when scalar.Anchor.IsEmpty && IsKeyNext:
                        // A key becomes part of its mapping's entry, never a node of its own.
                        if (!ReadKey(scalar))
                        {
                            return null;
                        }

                        break;
                    case Scalar scalar:
                        if (!Complete(ReadScalar(scalar), scalar, ref root, size: 1))
                        {
                            return null;
                        }

                        break;
                    case AnchorAlias alias:
                        var target = ResolveAlias(alias);
                        if (!Complete(target, alias, ref root, target is null ? 1 : SizeOf(target)))
                        {
                            return null;
                        }

                        break;
                    case MappingStart mapping:
                        if (!Open(mapping, mapping.Anchor, mapping.Tag, isMapping: true))
                        {
                            return null;
                        }

                        break;
                    case SequenceStart sequence:
                        if (!Open(sequence, sequence.Anchor, sequence.Tag, isMapping: false))
                        {
                            return null;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        var frame = stack.Pop();
                        var closed = frame.CloseInto(this, current.End);
                        var size = frame.Size;
                        spareFrames.Push(frame);
                        if (!Complete(closed, current, ref root, size))
                        {
                            return null;
                        }

                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Codes.YamlSyntax.Create(file, FromMarks(ex.Start, ex.End), Describe(ex)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16.3's scanner throws this (not a YamlException) on some malformed plain scalars in flow
            // context; found by the fuzzer. Its message says nothing useful, so point at where reading stopped.
            diagnostics.Add(Codes.YamlSyntax.Create(file, FromMarks(reached, reached), "the YAML could not be read past this point; check the quotes, brackets and indentation that follow"));
            return null;
        }

        if (root is null)
        {
            diagnostics.Add(Codes.EmptyDocument.Create(file, TextSpan.FileStart));
        }

        return root;
    }

    private YamlScalar? ReadScalar(Scalar scalar)
    {
        if (!CheckScalar(scalar))
        {
            return null;
        }

        var node = new YamlScalar(IsKeyNext ? KeyName(scalar.Value) : Shared(scalar.Value), scalar.Style == ScalarStyle.Plain, Span(scalar));
        Remember(scalar.Anchor, node, 1);
        return node;
    }

    /// <summary>Reads an unanchored mapping key: the same checks and count as any scalar, without making a node.</summary>
    private bool ReadKey(Scalar scalar) =>
        CheckScalar(scalar) && Count(scalar, 1) && AcceptKey(stack.Peek(), KeyName(scalar.Value), scalar.Style == ScalarStyle.Plain, Span(scalar));

    private bool CheckScalar(Scalar scalar)
    {
        if (!CheckTag(scalar.Tag, scalar))
        {
            return false;
        }

        if (scalar.Value.Length > limits.MaxScalarLength)
        {
            diagnostics.Add(Codes.ScalarTooLong.Create(file, Span(scalar), scalar.Value.Length, limits.MaxScalarLength));
            return false;
        }

        // Only a value holding a control or bidirectional character needs its escapes checked; testing first
        // saves a copy of the source text for every quoted value, most of a dossier's text.
        return scalar.Style != ScalarStyle.DoubleQuoted || !InputText.HasControlOrBidi(scalar.Value)
            || InputText.CheckEscaped(file, scalar.Value, Source(scalar), Span(scalar), diagnostics);
    }

    private YamlNode? ResolveAlias(AnchorAlias alias)
    {
        aliasCount++;
        if (aliasCount > limits.MaxAliases)
        {
            diagnostics.Add(Codes.AliasLimit.Create(file, Span(alias), $"more than {limits.MaxAliases} aliases (raise it with --max-aliases)"));
            return null;
        }

        if (!anchors.TryGetValue(alias.Value.Value, out var target))
        {
            diagnostics.Add(Codes.YamlSyntax.Create(file, Span(alias), $"alias '*{alias.Value.Value}' names no anchor defined before it"));
            return null;
        }

        return target;
    }

    private bool Open(ParsingEvent start, AnchorName anchor, TagName tag, bool isMapping)
    {
        if (!CheckTag(tag, start))
        {
            return false;
        }

        if (stack.Count >= limits.MaxDepth)
        {
            diagnostics.Add(Codes.NestingTooDeep.Create(file, Span(start), limits.MaxDepth));
            return false;
        }

        var frame = spareFrames.Count > 0 ? spareFrames.Pop() : new Frame();
        frame.Reset(isMapping, start.Start, anchor);
        stack.Push(frame);
        return true;
    }

    /// <summary>
    /// Attaches a finished node to its parent (or makes it the root) and keeps the size count. The caller passes
    /// the node's expanded size: 1 for a scalar, the frame's count for a collection, the target's for an alias.
    /// </summary>
    private bool Complete(YamlNode? node, ParsingEvent at, ref YamlNode? root, long size)
    {
        if (node is null)
        {
            return false;
        }

        if (!Count(at, size))
        {
            return false;
        }

        if (stack.Count == 0)
        {
            root = node;
            return true;
        }

        var parent = stack.Peek();
        if (parent.IsMapping && !parent.HasPendingKey)
        {
            return AcceptKey(parent, node);
        }

        parent.Add(node, size);
        return true;
    }

    /// <summary>Counts a finished node (an alias as the size of its target) against the expanded-node limit.</summary>
    private bool Count(ParsingEvent at, long size)
    {
        // An alias re-uses its target, whose expanded size counts again each time it is referenced.
        expandedNodes += at is AnchorAlias ? size : 1;
        if (expandedNodes > limits.MaxExpandedNodes)
        {
            diagnostics.Add(Codes.AliasLimit.Create(file, Span(at), $"document has more than {limits.MaxExpandedNodes:N0} nodes, counting each alias as a copy of what it names (raise it with --max-expanded-nodes)"));
            return false;
        }

        return true;
    }

    private bool AcceptKey(Frame parent, YamlNode node)
    {
        if (node is not YamlScalar key)
        {
            diagnostics.Add(Codes.ComplexKey.Create(file, node.Span, node.KindName));
            return false;
        }

        return AcceptKey(parent, key.Value, key.IsPlain, key.Span);
    }

    private bool AcceptKey(Frame parent, string key, bool isPlain, TextSpan span)
    {
        if (isPlain && key == "<<")
        {
            diagnostics.Add(Codes.MergeKey.Create(file, span));
            return false;
        }

        if (parent.TryGetKey(key, out var first))
        {
            diagnostics.Add(Codes.DuplicateKey.Create(file, span, key, first.Line, first.Column));
            return false;
        }

        parent.AcceptKey(key, isPlain, span);
        return true;
    }

    /// <summary>The scalar as written in the file, escapes and quotes included.</summary>
    private string Source(ParsingEvent e)
    {
        var start = (int)Math.Min(Math.Max(0, e.Start.Index), text.Length);
        return text.Substring(start, (int)Math.Min(Math.Max(0, e.End.Index - start), text.Length - start));
    }

    /// <summary>True when the next completed node is a mapping key.</summary>
    private bool IsKeyNext => stack.Count > 0 && stack.Peek() is { IsMapping: true, HasPendingKey: false };

    /// <summary>
    /// One string per distinct key name: a dossier repeats a few dozen keys hundreds of thousands of times, and
    /// sharing them keeps that many strings from outliving the parser (less for the GC to copy). Bounded, so
    /// hostile input with endless distinct keys cannot grow the table past a small size.
    /// </summary>
    private string KeyName(string key)
    {
        if (keyNames.TryGetValue(key, out var shared))
        {
            return shared;
        }

        if (keyNames.Count < 1024 && key.Length <= 64)
        {
            keyNames.Add(key, key);
        }

        return key;
    }

    /// <summary>
    /// One string per distinct short value: ids used as references, dates, enum words, country codes repeat
    /// thousands of times in a large dossier. Sharing them lets the parser's copies die young instead of being
    /// promoted with the tree by every collection the parse's garbage triggers. Long values (titles, quotes)
    /// rarely repeat and are not worth the lookup. Bounded like <see cref="KeyName"/>.
    /// </summary>
    private string Shared(string value)
    {
        if (value.Length > MaxSharedValueLength)
        {
            return value;
        }

        if (values.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (values.Count < MaxSharedValues)
        {
            values.Add(value, value);
        }

        return value;
    }

    private const int MaxSharedValueLength = 32;
    private const int MaxSharedValues = 65536;

    private long SizeOf(YamlNode node) => expandedSizes.TryGetValue(node, out var size) ? size : 1;

    // Only anchored nodes are remembered: sizes are looked up for alias targets alone. Keying every node by
    // identity cost each node an object hash code, about a sixth of loading a large dossier.
    private void Remember(AnchorName anchor, YamlNode node, long size)
    {
        if (!anchor.IsEmpty)
        {
            expandedSizes[node] = size;
            anchors[anchor.Value] = node;
        }
    }

    private bool CheckTag(TagName tag, ParsingEvent at)
    {
        if (tag.IsEmpty || CoreTags.Contains(tag.Value))
        {
            return true;
        }

        diagnostics.Add(Codes.ForeignTag.Create(file, Span(at), tag.Value));
        return false;
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: …, Col: …, Idx: …) - (…): "; the location is reported separately.
        var message = ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(cut + 3) : message;
    }

    private static TextSpan Span(ParsingEvent e) => FromMarks(e.Start, e.End);

    private static TextSpan FromMarks(Mark start, Mark end) =>
        new(Math.Max(1, (int)start.Line), Math.Max(1, (int)start.Column), Math.Max(1, (int)end.Line), Math.Max(1, (int)end.Column), (int)start.Index, (int)end.Index);

    /// <summary>An open mapping or sequence whose children are still being read; reused once closed.</summary>
    private sealed class Frame
    {
        // Mappings up to this many keys find duplicates by scanning their entries; larger ones build a dictionary.
        // A dictionary for every mapping (most have 2 to 15 keys) was a fifth of loading a large dossier, in GC.
        private const int LinearKeyLimit = 16;

        private readonly List<YamlNode> items = new();
        private readonly List<MapEntry> entries = new();
        private Mark start = Mark.Empty;
        private AnchorName anchor;
        private long size = 1;
        private Dictionary<string, TextSpan>? keys;
        private string? pendingKey;
        private bool pendingKeyIsPlain;
        private TextSpan pendingKeySpan;

        public bool IsMapping { get; private set; }

        /// <summary>True when a key has been read and its value has not.</summary>
        public bool HasPendingKey => pendingKey is not null;

        /// <summary>Nodes this collection expands to, itself included.</summary>
        public long Size => size;

        public void Reset(bool isMapping, Mark start, AnchorName anchor)
        {
            IsMapping = isMapping;
            this.start = start;
            this.anchor = anchor;
            size = 1;
            keys = null;
            pendingKey = null;
        }

        /// <summary>Where <paramref name="key"/> was first written in this mapping, if it was.</summary>
        public bool TryGetKey(string key, out TextSpan first)
        {
            if (keys is not null)
            {
                return keys.TryGetValue(key, out first);
            }

            // Every earlier key is in the entries: a key's value is added before the next key is accepted.
            foreach (var entry in entries)
            {
                if (entry.Key == key)
                {
                    first = entry.KeySpan;
                    return true;
                }
            }

            first = default;
            return false;
        }

        public void AcceptKey(string key, bool isPlain, TextSpan span)
        {
            if (keys is null && entries.Count >= LinearKeyLimit)
            {
                keys = new(StringComparer.Ordinal);
                foreach (var entry in entries)
                {
                    keys.Add(entry.Key, entry.KeySpan);
                }
            }

            keys?.Add(key, span);
            pendingKey = key;
            pendingKeyIsPlain = isPlain;
            pendingKeySpan = span;
        }

        public void Add(YamlNode node, long childSize)
        {
            size += childSize;
            if (IsMapping)
            {
                entries.Add(new MapEntry(pendingKey!, pendingKeySpan, pendingKeyIsPlain, node));
                pendingKey = null;
            }
            else
            {
                items.Add(node);
            }
        }

        public YamlNode CloseInto(YamlTreeBuilder builder, Mark end)
        {
            var span = FromMarks(start, end);
            YamlNode node;
            // Exact-size arrays: the lists are kept (and cleared) for the next frame, so only the arrays outlive it.
            if (IsMapping)
            {
                node = new YamlMapping(entries.ToArray(), span);
                entries.Clear();
            }
            else
            {
                node = new YamlSequence(items.ToArray(), span);
                items.Clear();
            }

            builder.Remember(anchor, node, size);
            return node;
        }
    }
}
