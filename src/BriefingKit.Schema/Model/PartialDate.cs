using System;
using System.Globalization;

namespace BriefingKit.Schema.Model;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>
/// A date known to a year, a month or a day (<c>2024</c>, <c>2023-12</c>, <c>2023-12-27</c>). The precision is
/// data: "Dec 2023" must never become "1 Dec 2023".
/// </summary>
public readonly record struct PartialDate(int Year, int Month, int Day) : IComparable<PartialDate>
{
    private static readonly string[] MonthNames = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

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
public readonly record struct Period(PartialDate? From, PartialDate? To)
{
    public static Period Of(PartialDate date) => new(date, date);

    public DateTime Start => From?.Start ?? DateTime.MinValue;

    public DateTime End => To?.End ?? DateTime.MaxValue;

    public bool IsSingleDate => From is not null && From == To;

    public bool Overlaps(Period other) => Start <= other.End && other.Start <= End;

    public override string ToString() => IsSingleDate ? From!.Value.ToString() : $"{From?.ToString() ?? ""}..{To?.ToString() ?? ""}";

    public string Display() => IsSingleDate
        ? From!.Value.Display()
        : From is null ? $"until {To!.Value.Display()}" : To is null ? $"from {From.Value.Display()}" : $"{From.Value.Display()} – {To.Value.Display()}";
}
