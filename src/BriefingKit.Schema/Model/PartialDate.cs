using System;
using System.Globalization;

namespace BriefingKit.Schema.Model;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year (<c>2024</c>).</summary>
    Year,

    /// <summary>The year and month (<c>2023-12</c>).</summary>
    Month,

    /// <summary>The exact day (<c>2023-12-27</c>).</summary>
    Day,
}

/// <summary>
/// A date known to a year, a month or a day (<c>2024</c>, <c>2023-12</c>, <c>2023-12-27</c>). The precision is
/// data: "Dec 2023" must never become "1 Dec 2023".
/// </summary>
/// <param name="Year">The year (1 or later).</param>
/// <param name="Month">The month, 1–12, or 0 when only the year is known.</param>
/// <param name="Day">The day of the month, or 0 when only the year or month is known.</param>
public readonly record struct PartialDate(int Year, int Month, int Day) : IComparable<PartialDate>
{
    private static readonly string[] MonthNames = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

    /// <summary>Whether the date is known to the year, the month or the day.</summary>
    public DatePrecision Precision => Day != 0 ? DatePrecision.Day : Month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>First calendar day the date can mean.</summary>
    public DateTime Start => new(Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Last calendar day the date can mean.</summary>
    public DateTime End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        _ => Start.AddYears(1).AddDays(-1),
    };

    /// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; false for anything else, including impossible dates.</summary>
    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || !TryDigits(parts[0], out var year) || year < 1)
        {
            return false;
        }

        var month = 0;
        var day = 0;
        if (parts.Length >= 2 && (parts[1].Length != 2 || !TryDigits(parts[1], out month) || month is < 1 or > 12))
        {
            return false;
        }

        if (parts.Length == 3 && (parts[2].Length != 2 || !TryDigits(parts[2], out day) || day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>ISO form at the date's own precision.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, Month, Day),
        DatePrecision.Month => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", Year, Month),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Reader-facing form at the date's own precision: "27 Dec 2023", "Dec 2023", "2023".</summary>
    public string Display() => Precision switch
    {
        DatePrecision.Day => string.Format(CultureInfo.InvariantCulture, "{0} {1} {2}", Day, MonthNames[Month - 1], Year),
        DatePrecision.Month => string.Format(CultureInfo.InvariantCulture, "{0} {1}", MonthNames[Month - 1], Year),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Orders by start day; on a tie the less precise date (which covers more) comes first.</summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : ((int)Precision).CompareTo((int)other.Precision);
    }

    private static bool TryDigits(string s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return s.Length > 0;
    }
}

/// <summary>A period: a single partial date (covering its whole day, month or year) or a from/to range.</summary>
/// <param name="From">The first date, or <see langword="null"/> for an open start ("until March").</param>
/// <param name="To">The last date, or <see langword="null"/> for an open end ("from March").</param>
public readonly record struct Period(PartialDate? From, PartialDate? To)
{
    /// <summary>The period one date covers: its whole day, month or year.</summary>
    public static Period Of(PartialDate date) => new(date, date);

    /// <summary>The first day of the period; <see cref="DateTime.MinValue"/> when it has no start.</summary>
    public DateTime Start => From?.Start ?? DateTime.MinValue;

    /// <summary>The last day of the period; <see cref="DateTime.MaxValue"/> when it has no end.</summary>
    public DateTime End => To?.End ?? DateTime.MaxValue;

    /// <summary>True when the period is one partial date rather than a range.</summary>
    public bool IsSingleDate => From is not null && From == To;

    /// <summary>True when the two periods share at least one day.</summary>
    public bool Overlaps(Period other) => Start <= other.End && other.Start <= End;

    /// <summary>The period as the YAML writes it: <c>2023-12</c> or <c>2023-12-01..2024-01</c>.</summary>
    public override string ToString() => IsSingleDate ? From!.Value.ToString() : $"{From?.ToString() ?? ""}..{To?.ToString() ?? ""}";

    /// <summary>The period for a reader: "Dec 2023", "1 Dec 2023 – Jan 2024", "from 2023", "until Jan 2024".</summary>
    public string Display() => IsSingleDate
        ? From!.Value.Display()
        : From is null ? $"until {To!.Value.Display()}" : To is null ? $"from {From.Value.Display()}" : $"{From.Value.Display()} – {To.Value.Display()}";
}
