using System.Globalization;
using BriefingKit.Model;
using BriefingKit.Schema.Model;

namespace BriefingKit.Analysis;

/// <summary>Settings for <see cref="DiscrepancyFinder"/>.</summary>
public sealed record DiscrepancyOptions
{
    /// <summary>A 5% tolerance and a 10% margin for "approximately".</summary>
    public static DiscrepancyOptions Default { get; } = new();

    /// <summary>Relative gap between headline figures above which a difference is material (default 5%).</summary>
    public decimal Tolerance { get; init; } = 0.05m;

    /// <summary>How far "approximately" reaches either side of its figure (default 10%).</summary>
    public decimal ApproximateMargin { get; init; } = 0.10m;
}

/// <summary>
/// Finds where sources disagree. Statistics on the same measure, geography and rate whose periods overlap
/// are compared as intervals implied by their bounds ("more than 7,000" is [7,000, ∞), "as many as 10,000"
/// is [0, 10,000]); claims on the same subject and attribute are compared by value. Data is never changed:
/// each finding names every side, its wording and its sources, and explains whether they can all be true.
/// </summary>
public static class DiscrepancyFinder
{
    /// <summary>Every disagreement among <paramref name="statistics"/> and among <paramref name="claims"/>: figure findings first, then claim findings, each in dossier order.</summary>
    /// <param name="statistics">The statistics to compare; only those on the same measure, geography and rate with overlapping periods are compared.</param>
    /// <param name="claims">The claims to compare; only those on the same subject and attribute are compared, their values ignoring case.</param>
    /// <param name="options">The tolerance and margin; null for <see cref="DiscrepancyOptions.Default"/>.</param>
    public static IReadOnlyList<Discrepancy> Find(IEnumerable<Statistic> statistics, IEnumerable<Claim> claims, DiscrepancyOptions? options = null)
    {
        options ??= DiscrepancyOptions.Default;
        var findings = new List<Discrepancy>();
        foreach (var group in statistics.GroupBy(s => (s.Measure, s.Geography, s.Per)))
        {
            foreach (var cluster in OverlappingClusters(group.ToList()))
            {
                if (cluster.Select(s => (s.Value, s.Bound)).Distinct().Count() > 1)
                {
                    findings.Add(CompareFigures(cluster, options));
                }
            }
        }

        foreach (var group in claims.GroupBy(c => (c.Subject.Id, c.Attribute)))
        {
            var list = group.ToList();
            if (list.Select(c => c.Value.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
            {
                findings.Add(CompareClaims(list));
            }
        }

        return findings;
    }

    /// <summary>
    /// Groups statistics whose periods overlap (transitively), in dossier order. A sweep over the periods sorted
    /// by start (O(n log n)): comparing each statistic with every cluster took minutes for 20,000 statistics
    /// on one measure.
    /// </summary>
    private static IEnumerable<List<Statistic>> OverlappingClusters(List<Statistic> statistics)
    {
        var clusters = new List<List<(Statistic Statistic, int Index)>>();
        var end = DateTime.MinValue;
        foreach (var item in statistics.Select((s, i) => (Statistic: s, Index: i)).OrderBy(x => x.Statistic.EffectivePeriod.Start).ThenBy(x => x.Index))
        {
            var period = item.Statistic.EffectivePeriod;
            if (clusters.Count == 0 || period.Start > end)
            {
                clusters.Add([]);
                end = period.End;
            }

            clusters[^1].Add(item);
            end = period.End > end ? period.End : end;
        }

        return clusters.Where(c => c.Count > 1).OrderBy(c => c.Min(x => x.Index))
            .Select(c => c.OrderBy(x => x.Index).Select(x => x.Statistic).ToList());
    }

    private static Discrepancy CompareFigures(List<Statistic> cluster, DiscrepancyOptions options)
    {
        var intervals = cluster.Select(s => Interval(s, options)).ToList();
        var lower = intervals.Max(i => i.Lower);
        var upper = intervals.Min(i => i.Upper);
        var compatible = lower <= upper;
        var max = cluster.Max(s => s.Value);
        var min = cluster.Min(s => s.Value);
        var spread = max == 0 ? 0 : (max - min) / max;
        var severity = !compatible || spread > options.Tolerance ? DiscrepancySeverity.Material : DiscrepancySeverity.Minor;

        var first = cluster[0];
        var unit = first.Unit == "USD" ? "USD" : first.Unit + (first.Per is { } per ? " a " + Kebab.Of(per) : string.Empty);
        var explanation = new List<string>();
        if (compatible)
        {
            explanation.Add($"The figures can all be true at once: {Range(lower, upper, unit)}.");
        }
        else
        {
            explanation.Add("The figures cannot all be true at once: their bounds exclude each other. Check what each source counts and over which period.");
        }

        if (min != max)
        {
            explanation.Add($"The headline figures differ by {Number(max - min)} {unit} ({(spread * 100).ToString("0.#", CultureInfo.InvariantCulture)}% of the larger).");
        }
        else
        {
            explanation.Add("The sources give the same figure but bound it differently.");
        }

        var periods = cluster.Select(s => s.EffectivePeriod.Display()).Distinct().ToList();
        if (periods.Count > 1)
        {
            explanation.Add($"The periods are not identical ({string.Join("; ", periods)}), which may account for part of the gap.");
        }

        var topic = $"{first.Description} ({first.Place}, {first.EffectivePeriod.Display()})";
        var items = cluster.Select(s => new DiscrepancyItem(s, s.Wording, s.Citations)).ToList();
        return new Discrepancy(DiscrepancyKind.Figures, severity, topic, items, string.Join(" ", explanation));
    }

    private static Discrepancy CompareClaims(List<Claim> claims)
    {
        var first = claims[0];
        var values = claims.Select(c => $"“{c.Value}” ({string.Join(", ", c.Citations.Select(x => x.Source.Outlet).Distinct())})");
        var notes = claims.Where(c => c.Note is not null).Select(c => c.Note!.Trim());
        var explanation = $"Sources state this differently: {string.Join(" against ", values)}. {string.Join(" ", notes)}".Trim();
        var items = claims.Select(c => new DiscrepancyItem(c, c.Value, c.Citations)).ToList();
        return new Discrepancy(DiscrepancyKind.Claims, DiscrepancySeverity.Material, $"{first.Subject.DisplayName}: {Humanize(first.Attribute)}", items, explanation);
    }

    private static (decimal Lower, decimal Upper) Interval(Statistic s, DiscrepancyOptions options) => s.Bound switch
    {
        Bound.Exact => (s.Value, s.Value),
        Bound.Approximately => (s.Value * (1 - options.ApproximateMargin), s.Value * (1 + options.ApproximateMargin)),
        Bound.Nearly => (s.Value * (1 - options.ApproximateMargin), s.Value),
        Bound.AtLeast or Bound.MoreThan => (s.Value, decimal.MaxValue),
        _ => (0m, s.Value),
    };

    private static string Range(decimal lower, decimal upper, string unit) =>
        upper == decimal.MaxValue ? $"together they put the figure above {Number(lower)} {unit}"
        : lower == upper ? $"together they point to {Number(lower)} {unit}"
        : $"together they put the figure between {Number(lower)} and {Number(upper)} {unit}";

    private static string Number(decimal value) => Statistic.FormatValue(value);

    internal static string Humanize(string kebab) => kebab.Replace('-', ' ');
}
