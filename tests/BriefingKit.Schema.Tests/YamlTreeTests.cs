using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingKit.Schema.Tests;

public class YamlTreeTests
{
    // Plain, quoted, multi-line and non-ASCII keys: mapping entries store the usual key compactly and any other
    // kind as a node, and both must give back the key's text, style and span exactly as the parser reported them.
    private const string Yaml =
        "plain: 1\n\"double\": 2\n'single': 3\n? \"multi\n  line\"\n: 4\n? plain\n  folded\n: 5\nnested:\n  k: [a, \"b\"]\n  ünï: x\n";

    [Fact]
    public void Mapping_keys_keep_their_text_style_and_span()
    {
        var root = YamlTreeBuilder.Build("t", Yaml, SchemaLimits.Default, []).ShouldBeOfType<YamlMapping>();
        var actual = new List<(string, bool, TextSpan)>();
        Walk(root, actual);
        actual.ShouldBe(KeysFromEvents(Yaml));
        actual.Count.ShouldBe(8);
    }

    private static void Walk(YamlNode node, List<(string, bool, TextSpan)> keys)
    {
        switch (node)
        {
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    keys.Add((entry.Key.Value, entry.Key.IsPlain, entry.Key.Span));
                    Walk(entry.Value, keys);
                }

                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    Walk(item, keys);
                }

                break;
        }
    }

    /// <summary>Every mapping key straight from YamlDotNet's events, in document order.</summary>
    private static List<(string, bool, TextSpan)> KeysFromEvents(string yaml)
    {
        var keys = new List<(string, bool, TextSpan)>();
        // Per open collection: is it a mapping, and does it expect a key next.
        var open = new Stack<(bool IsMapping, bool ExpectingKey)>();
        var parser = new Parser(new Scanner(new StringReader(yaml), skipComments: true));
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart:
                    open.Push((true, true));
                    break;
                case SequenceStart:
                    open.Push((false, false));
                    break;
                case MappingEnd or SequenceEnd:
                    open.Pop();
                    Completed(open);
                    break;
                case Scalar scalar:
                    if (open.Count > 0 && open.Peek().ExpectingKey)
                    {
                        var (start, end) = (scalar.Start, scalar.End);
                        keys.Add((scalar.Value, scalar.Style == ScalarStyle.Plain, new TextSpan(
                            Math.Max(1, (int)start.Line), Math.Max(1, (int)start.Column), Math.Max(1, (int)end.Line), Math.Max(1, (int)end.Column), (int)start.Index, (int)end.Index)));
                    }

                    Completed(open);
                    break;
            }
        }

        return keys;
    }

    // In a mapping, keys and values alternate: each finished node flips what the mapping expects next.
    private static void Completed(Stack<(bool IsMapping, bool ExpectingKey)> open)
    {
        if (open.Count > 0 && open.Peek().IsMapping)
        {
            var top = open.Pop();
            open.Push((true, !top.ExpectingKey));
        }
    }
}
