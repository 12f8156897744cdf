using System.Text;
using System.Text.RegularExpressions;

namespace BriefingKit.Cli.Tests.Fuzzing;

/// <summary>
/// Seeded structural and byte-level mutations of a text file: byte flips and insertions, line deletions and
/// duplications, indentation shifts, key swaps, id swaps, truncation. The same seed always gives the same mutant.
/// </summary>
public static partial class Mutator
{
    // Bytes that mean something to YAML, Scriban or a decoder.
    private static readonly byte[] Interesting = "{}[]:&*!\"'\t\r#|>-?%@`~\\/,."u8.ToArray().Concat(new byte[] { 0x00, 0xFF, 0xC3, 0xE2, 0x80, 0xEF, 0xBB, 0xBF, 0x0A }).ToArray();

    private static readonly Func<Random, byte[], byte[]>[] Operations =
    [
        FlipBits, InsertByte, DeleteBytes, (r, b) => Lines(b, l => DeleteLines(r, l)), (r, b) => Lines(b, l => DuplicateLines(r, l)),
        (r, b) => Lines(b, l => ShiftIndent(r, l)), (r, b) => Lines(b, l => SwapKeys(r, l)), SwapIds, Truncate, CopyChunk,
    ];

    public static string[] OperationNames { get; } =
        ["flip-bits", "insert-byte", "delete-bytes", "delete-lines", "duplicate-lines", "shift-indent", "swap-keys", "swap-ids", "truncate", "copy-chunk"];

    /// <summary>Applies one to three operations; returns the mutant and the names of what was done.</summary>
    public static (byte[] Bytes, string Description) Mutate(Random random, byte[] original)
    {
        var bytes = original;
        var done = new List<string>();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var op = random.Next(Operations.Length);
            bytes = Operations[op](random, bytes);
            done.Add(OperationNames[op]);
        }

        return (bytes, string.Join("+", done));
    }

    private static byte[] FlipBits(Random random, byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = random.Next(1, 5); i > 0 && copy.Length > 0; i--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] InsertByte(Random random, byte[] bytes)
    {
        var at = random.Next(bytes.Length + 1);
        return [.. bytes.AsSpan(0, at), Interesting[random.Next(Interesting.Length)], .. bytes.AsSpan(at)];
    }

    private static byte[] DeleteBytes(Random random, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var at = random.Next(bytes.Length);
        var count = Math.Min(random.Next(1, 9), bytes.Length - at);
        return [.. bytes.AsSpan(0, at), .. bytes.AsSpan(at + count)];
    }

    private static byte[] Truncate(Random random, byte[] bytes) => bytes[..random.Next(bytes.Length + 1)];

    private static byte[] CopyChunk(Random random, byte[] bytes)
    {
        if (bytes.Length < 2)
        {
            return bytes;
        }

        var from = random.Next(bytes.Length);
        var chunk = bytes.AsSpan(from, Math.Min(random.Next(1, 200), bytes.Length - from)).ToArray();
        var to = random.Next(bytes.Length + 1);
        return [.. bytes.AsSpan(0, to), .. chunk, .. bytes.AsSpan(to)];
    }

    /// <summary>Swaps every occurrence of one id-like token (kebab-case value) with another.</summary>
    private static byte[] SwapIds(Random random, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var ids = IdValue().Matches(text).Select(m => m.Groups["id"].Value).Distinct().ToList();
        if (ids.Count < 2)
        {
            return bytes;
        }

        var (a, b) = (ids[random.Next(ids.Count)], ids[random.Next(ids.Count)]);
        var swapped = Regex.Replace(text, $@"\b({Regex.Escape(a)}|{Regex.Escape(b)})\b", m => m.Value == a ? b : a);
        return Encoding.UTF8.GetBytes(swapped);
    }

    private static byte[] Lines(byte[] bytes, Func<List<string>, List<string>> change)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        return Encoding.UTF8.GetBytes(string.Join('\n', change(lines)));
    }

    private static List<string> DeleteLines(Random random, List<string> lines)
    {
        var at = random.Next(lines.Count);
        lines.RemoveRange(at, Math.Min(random.Next(1, 6), lines.Count - at));
        return lines;
    }

    private static List<string> DuplicateLines(Random random, List<string> lines)
    {
        var at = random.Next(lines.Count);
        var block = lines.GetRange(at, Math.Min(random.Next(1, 8), lines.Count - at));
        lines.InsertRange(random.Next(2) == 0 ? at : random.Next(lines.Count + 1), block);
        return lines;
    }

    private static List<string> ShiftIndent(Random random, List<string> lines)
    {
        var at = random.Next(lines.Count);
        var count = Math.Min(random.Next(1, 10), lines.Count - at);
        var shift = random.Next(-4, 5);
        for (var i = at; i < at + count; i++)
        {
            lines[i] = shift >= 0 ? new string(' ', shift) + lines[i] : lines[i][Math.Min(-shift, lines[i].Length - lines[i].TrimStart(' ').Length)..];
        }

        return lines;
    }

    /// <summary>Swaps the keys of two <c>key: value</c> lines.</summary>
    private static List<string> SwapKeys(Random random, List<string> lines)
    {
        var keyed = lines.Select((l, i) => (Match: KeyLine().Match(l), Index: i)).Where(x => x.Match.Success).ToList();
        if (keyed.Count < 2)
        {
            return lines;
        }

        var (a, b) = (keyed[random.Next(keyed.Count)], keyed[random.Next(keyed.Count)]);
        string With(int index, Match m, string key) => lines[index][..m.Groups["key"].Index] + key + lines[index][(m.Groups["key"].Index + m.Groups["key"].Length)..];
        (lines[a.Index], lines[b.Index]) = (With(a.Index, a.Match, b.Match.Groups["key"].Value), With(b.Index, b.Match, a.Match.Groups["key"].Value));
        return lines;
    }

    [GeneratedRegex(@"^\s*-?\s*(?<key>[a-z][a-z-]*):")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"(?:id|source|speaker|from|to|subject|parent|agency|affiliation|owner|reported-by): (?<id>[a-z0-9]+(?:-[a-z0-9]+)+)")]
    private static partial Regex IdValue();
}
