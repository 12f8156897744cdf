namespace BriefingKit.Synthetic;

/// <summary>
/// SplitMix64: a tiny, fast generator whose sequence is fixed by its seed forever (unlike
/// <see cref="Random"/>, whose algorithm is an implementation detail), so synthetic text is stable.
/// </summary>
internal sealed class SplitMix(ulong seed)
{
    private ulong state = seed;

    public ulong NextULong()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; <paramref name="max"/> (the modulo bias is irrelevant here).</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(NextULong() % (ulong)max);

    /// <summary><paramref name="min"/> ≤ result &lt; <paramref name="max"/>.</summary>
    public int Next(int min, int max) => min + Next(max - min);

    public bool Chance(double probability) => (NextULong() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary><paramref name="count"/> distinct items (fewer when the list is shorter), in list order.</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new SortedSet<int>();
        count = Math.Min(count, items.Count);
        while (chosen.Count < count)
        {
            chosen.Add(Next(items.Count));
        }

        return chosen.Select(i => items[i]).ToList();
    }
}
