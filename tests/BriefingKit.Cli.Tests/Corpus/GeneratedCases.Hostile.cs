using System.Text;
using BriefingKit.Cli.Tests.Support;
using BriefingKit.Schema;

namespace BriefingKit.Cli.Tests.Corpus;

/// <summary>Hostile YAML at full size (alias bombs, 100,000-deep nesting, 20 MB scalars, 50,000 anchors) and inputs that once took quadratic time.</summary>
public static partial class GeneratedCases
{
    private static IEnumerable<BadInputCase> Hostile()
    {
        // Billion laughs at the default limits: ten levels of ten aliases each.
        var bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level < 10; level++)
        {
            var (name, previous) = ((char)('a' + level), (char)('a' + level - 1));
            bomb.Append(name).Append(": &").Append(name).Append(" [").AppendJoin(", ", Enumerable.Repeat("*" + previous, 10)).Append("]\n");
        }

        yield return Text("gen.alias-bomb", bomb.ToString(), Expected.At("BK1013", 6, 36));

        // Nesting 100,000 deep, in every style, reported where it crosses the default depth of 32.
        yield return Text("gen.flow-sequences-100k-deep", "dossier: " + new string('[', Deep) + new string(']', Deep) + "\n", Expected.At("BK1012", 1, 41));
        yield return Text("gen.flow-sequences-100k-unclosed", "dossier: " + new string('[', Deep) + "\n", Expected.At("BK1012", 1, 41));
        yield return Text("gen.flow-mappings-100k-deep", "dossier: " + Repeat("{a: ", Deep) + "x" + new string('}', Deep) + "\n", Expected.At("BK1012", 1, 134));
        yield return Text("gen.block-sequences-100k-deep", "dossier:\n  " + Repeat("- ", Deep) + "x\n", Expected.At("BK1012", 2, 65));
        yield return Generate("gen.block-mappings-2000-deep", () => Utf8(IndentedMappings(2000)), SchemaLimits.Default, null, Expected.At("BK1012", 33, 65));

        // 20 MB in one value: refused by size before parsing, or (with the file limit raised) as a value too long.
        yield return Generate("gen.scalar-20mb", () => Utf8(TwentyMegabyteTitle()), SchemaLimits.Default, null, Expected.At("BK1002", 1, 1));
        yield return Generate("gen.scalar-20mb-file-limit-raised", () => Utf8(TwentyMegabyteTitle()), SchemaLimits.Default with { MaxFileBytes = 32L << 20 }, null, Expected.At("BK1018", 3, 10));
        yield return Generate("gen.file-one-byte-over-8mib", () => Utf8(Dossiers.Minimal + "# " + new string('x', (8 << 20) - Encoding.UTF8.GetByteCount(Dossiers.Minimal) - 2) + "\n"), SchemaLimits.Default, null, Expected.At("BK1002", 1, 1));

        // 50,000 anchors are fine (they cost a dictionary entry each); aliases past the limit are not.
        yield return Generate("gen.anchors-50k", () => Utf8(Dossiers.Minimal.Replace("  marking: UNCLASSIFIED\n", "  marking: UNCLASSIFIED\n  tags:\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"    - &t{i} tag-{i}\n")), StringComparison.Ordinal)), SchemaLimits.Default, "López Obrador");
        var aliases = Dossiers.Minimal.Replace("  marking: UNCLASSIFIED\n", "  marking: UNCLASSIFIED\n  tags: [&t tag, " + string.Join(", ", Enumerable.Repeat("*t", 101)) + "]\n", StringComparison.Ordinal);
        yield return Text("gen.aliases-101", aliases, Expected.At("BK1013", 6, 3 + "tags: [&t tag, ".Length + (100 * 4)));
    }

    private static IEnumerable<BadInputCase> Quadratic()
    {
        // 20,000 unknown references among 20,000 ids: every one reported (suggestions stop at a budget).
        const int n = 20_000;
        var refs = new StringBuilder(Dossiers.Head).Append("actors:\n");
        for (var i = 0; i < n; i++)
        {
            refs.Append("  - {id: actor-number-").Append(i).Append(", name: A").Append(i).Append("}\n");
        }

        refs.Append("events:\n");
        for (var i = 0; i < n; i++)
        {
            refs.Append("  - {id: ev-").Append(i).Append(", date: 2023, kind: k, title: T, participants: [actor-numbr-").Append(i).Append("x], ").Append(Dossiers.Cite).Append("}\n");
        }

        var refsText = refs.ToString();
        var firstEvent = Dossiers.Position(refsText, "actor-numbr-0x").Line;
        var column = Dossiers.Position(refsText, "actor-numbr-0x").Column;
        var expected = Enumerable.Range(0, n).Select(i => Expected.At("BK3002", firstEvent + i, column + i.ToString(System.Globalization.CultureInfo.InvariantCulture).Length - 1)).ToArray();
        yield return Text("gen.unknown-references-20k", refsText, expected);

        // A 20,000-agency parent chain ending in a two-agency loop: one cycle, found in linear time.
        var chain = new StringBuilder(Dossiers.Head).Append("agencies:\n");
        for (var i = 0; i < n; i++)
        {
            chain.Append("  - {id: ag-").Append(i).Append(", name: A, parent: ag-").Append(i + 1).Append("}\n");
        }

        chain.Append("  - {id: ag-").Append(n).Append(", name: A, parent: ag-").Append(n - 1).Append("}\n");
        chain.Append("events:\n  - {id: ev, date: 2023, kind: k, title: T, ").Append(Dossiers.Cite).Append("}\n");
        var chainText = chain.ToString();
        var loop = Dossiers.Position(chainText, $"parent: ag-{n}}}");
        yield return Text("gen.agency-chain-20k", chainText, Expected.At("BK3006", loop.Line, loop.Column + "parent: ".Length));

        // Two 60,000-character ids one letter apart: no "did you mean" (its table would be 60,000²).
        var id = new string('a', 60_000);
        var longIds = Dossiers.Head + $"actors:\n  - {{id: {id}, name: A}}\nevents:\n  - {{id: ev, date: 2023, kind: k, title: T, participants: [{id[..^1]}b], {Dossiers.Cite}}}\n";
        var reference = Dossiers.Position(longIds, id[..^1] + "b");
        yield return Text("gen.long-ids-60k", longIds, Expected.At("BK3002", reference.Line, reference.Column));
    }

    private static BadInputCase Text(string name, string text, params Expected[] expected) => Bytes(name, Utf8(text), expected);

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string IndentedMappings(int depth)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append(' ', 2 * i).Append("a:\n");
        }

        return builder.Append(' ', 2 * depth).Append("b: x\n").ToString();
    }

    private static string TwentyMegabyteTitle() => "dossier:\n  id: case\n  title: " + new string('x', 20 << 20) + "\n";
}
