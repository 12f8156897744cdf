using BriefingKit.Schema.Model;

namespace BriefingKit.Analysis;

/// <summary>
/// Stable chronological order in linear time. Each item's key is the order <see cref="PartialDate.CompareTo"/>
/// defines (first day, then precision) with its position in the low bits, so the keys are distinct integers and
/// radix-sorting them sorts the items; items on the same date keep their order, and undated items come last, in
/// theirs. A comparison sort of dates (two <see cref="DateTime"/>s per comparison) grew as n log n and was the
/// step of the timeline and the statements section that grew faster than the dossier.
/// </summary>
internal static class DateOrder
{
    // Positions below 2^24: far more than a dossier holds (the schema allows 100,000 entries per list).
    private const int PositionBits = 24;
    private const long PositionMask = (1L << PositionBits) - 1;

    // Days since 0001-01-01 (under 2^22 for any four-digit year) × 3 + precision stay well below this.
    private const long Undated = (1L << 38) - 1;

    public static T[] Sort<T>(IReadOnlyList<T> items, Func<T, PartialDate?> dateOf)
    {
        if (items.Count > PositionMask)
        {
            return [.. items.OrderBy(i => dateOf(i) is null).ThenBy(i => dateOf(i) ?? new PartialDate(1, 0, 0))];
        }

        var keys = new long[items.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (Key(dateOf(items[i])) << PositionBits) | (uint)i;
        }

        RadixSort.Sort(keys);
        var ordered = new T[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            ordered[i] = items[(int)(keys[i] & PositionMask)];
        }

        return ordered;
    }

    private static long Key(PartialDate? date) =>
        date is { } d ? (d.Start.Ticks / TimeSpan.TicksPerDay * 3) + (int)d.Precision : Undated;
}
