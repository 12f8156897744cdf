using BriefingKit.Model;
using BriefingKit.Schema.Model;

namespace BriefingKit.Analysis;

/// <summary>One dated entry of a timeline: an event or a dated statement.</summary>
/// <param name="Date">The event's or statement's date, at its precision.</param>
/// <param name="Fact">The <see cref="Event"/> or <see cref="Statement"/>.</param>
/// <param name="Text">The event's title, or the statement's paraphrase (else its quote in quotation marks).</param>
/// <param name="Who">The event's participants, or the statement's speaker.</param>
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
internal static class Timeline
{
    /// <summary>The events and the dated statements in chronological order; undated statements are left out.</summary>
    public static IReadOnlyList<TimelineEntry> Build(IEnumerable<Event> events, IEnumerable<Statement> statements)
    {
        var entries = events.Select(e => new TimelineEntry(e.Date, e, e.Title, e.Participants))
            .Concat(statements.Where(s => s.Date is not null).Select(s => new TimelineEntry(s.Date!.Value, s, Describe(s), [s.Speaker])))
            .ToArray();

        // Chronological and stable: same-date entries stay in dossier order (events before statements).
        return DateOrder.Sort(entries, e => e.Date);
    }

    // The speaker is shown beside the entry (Who), so the text is what was said.
    private static string Describe(Statement s) => s.Paraphrase ?? $"“{s.Quote}”";
}
