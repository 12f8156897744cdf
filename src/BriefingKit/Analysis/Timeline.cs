using BriefingKit.Model;
using BriefingKit.Schema.Model;

namespace BriefingKit.Analysis;

/// <summary>One dated entry of a timeline: an event or a dated statement.</summary>
public sealed record TimelineEntry(PartialDate Date, ICited Fact, string Text, IReadOnlyList<IParty> Who)
{
    /// <summary>The date at its own precision: "27 Dec 2023", "Dec 2023".</summary>
    public string DateText => Date.Display();
}

/// <summary>
/// Orders events and dated statements chronologically. Dates keep their precision: an entry known only
/// to the month sorts before that month's days (it may be any of them) and is shown as "Dec 2023".
/// Entries on the same date keep dossier order, so the result is stable.
/// </summary>
public static class Timeline
{
    public static IReadOnlyList<TimelineEntry> Build(IEnumerable<Event> events, IEnumerable<Statement> statements)
    {
        var entries = events.Select(e => new TimelineEntry(e.Date, e, e.Title, e.Participants))
            .Concat(statements.Where(s => s.Date is not null).Select(s => new TimelineEntry(s.Date!.Value, s, Describe(s), [s.Speaker])))
            .ToArray();

        // Chronological and stable: same-date entries stay in dossier order (events before statements). Each entry's
        // key is the order PartialDate.CompareTo defines (first day, then precision) with its position in the low
        // bits, so the keys are distinct integers and sorting them sorts the entries. The sort was the one step of a
        // timeline that grew faster than the dossier (n log n); a radix sort of the keys grows with it.
        if (entries.Length > PositionMask)
        {
            return entries.OrderBy(e => e.Date).ToList();
        }

        var keys = new long[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            keys[i] = (SortKey(entries[i].Date) << PositionBits) | (uint)i;
        }

        RadixSort.Sort(keys);
        var ordered = new TimelineEntry[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            ordered[i] = entries[(int)(keys[i] & PositionMask)];
        }

        return ordered;
    }

    // Positions below 2^24: far more than a dossier holds (the schema allows 100,000 entries per list).
    private const int PositionBits = 24;
    private const long PositionMask = (1L << PositionBits) - 1;

    // Days since 0001-01-01 (under 2^22 for any four-digit year) × 3 + precision: well inside the high 39 bits.
    private static long SortKey(PartialDate date) => (date.Start.Ticks / TimeSpan.TicksPerDay * 3) + (int)date.Precision;

    // The speaker is shown beside the entry (Who), so the text is what was said.
    private static string Describe(Statement s) => s.Paraphrase ?? $"“{s.Quote}”";
}
