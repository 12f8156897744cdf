namespace BriefingKit.Analysis;

/// <summary>
/// Least-significant-digit radix sort of non-negative <see cref="long"/> keys, a byte per pass: linear in the
/// number of keys, where a comparison sort grows as n log n. Passes over a byte every key shares (the high bytes
/// of dates in one decade, say) are skipped.
/// </summary>
internal static class RadixSort
{
    private const int Radix = 256;

    public static void Sort(long[] keys)
    {
        if (keys.Length < 2)
        {
            return;
        }

        var buffer = new long[keys.Length];
        var counts = new int[Radix];
        long max = 0;
        foreach (var key in keys)
        {
            if (key < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(keys), "radix sort takes non-negative keys");
            }

            max |= key;
        }

        long[] from = keys, to = buffer;
        for (var shift = 0; shift < 64 && (max >> shift) != 0; shift += 8)
        {
            Array.Clear(counts);
            foreach (var key in from)
            {
                counts[(int)((key >> shift) & 0xFF)]++;
            }

            if (Array.IndexOf(counts, from.Length) >= 0)
            {
                continue; // every key has the same byte here: this pass would not move anything
            }

            for (int digit = 0, start = 0; digit < Radix; digit++)
            {
                (counts[digit], start) = (start, start + counts[digit]);
            }

            foreach (var key in from)
            {
                to[counts[(int)((key >> shift) & 0xFF)]++] = key;
            }

            (from, to) = (to, from);
        }

        if (!ReferenceEquals(from, keys))
        {
            Array.Copy(from, keys, keys.Length);
        }
    }
}
