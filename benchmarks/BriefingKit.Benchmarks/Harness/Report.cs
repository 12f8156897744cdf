using System.Globalization;

namespace BriefingKit.Benchmarks.Harness;

/// <summary>A target a figure must meet: <c>&lt;= 2</c> or <c>&gt;= 100</c>.</summary>
internal sealed record Goal(bool AtMost, double Limit)
{
    public static Goal Max(double limit) => new(true, limit);

    public static Goal Min(double limit) => new(false, limit);

    public bool Holds(double value) => AtMost ? value <= Limit : value >= Limit;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"(goal {(AtMost ? "<=" : ">=")} {Limit:0.###})");
}

/// <summary>One printed figure.</summary>
internal sealed record Figure(string Kind, string Name, double Value, Goal? Goal)
{
    public bool Holds => Goal?.Holds(Value) ?? true;

    public string Line => string.Create(CultureInfo.InvariantCulture, $"{Kind} {Name} {Format()}{(Goal is null ? string.Empty : " " + Goal)}");

    // Two decimals for ratios and for figures under 10 (sub-millisecond stages), one otherwise.
    private string Format() => Value.ToString(Kind == "ratio" || Value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);
}

/// <summary>
/// Prints figures as they are measured, one line each (<c>ratio NAME VALUE (goal &lt;= X)</c>, <c>time NAME MS</c>,
/// <c>memory NAME MB</c>), then a summary of the goals on lines starting with <c>#</c>.
/// </summary>
internal sealed class Report(TextWriter output)
{
    private readonly List<Figure> figures = [];

    public IReadOnlyList<Figure> Figures => figures;

    public void Ratio(string name, double value, Goal goal) => Add(new Figure("ratio", name, value, goal));

    public void Time(string name, double milliseconds, Goal? goal = null) => Add(new Figure("time", name, milliseconds, goal));

    public void Memory(string name, double megabytes, Goal? goal = null) => Add(new Figure("memory", name, megabytes, goal));

    public void Note(string text) => output.WriteLine("# " + text);

    /// <summary>Prints the goal summary; returns the number of goals missed.</summary>
    public int Summarise()
    {
        var goals = figures.Where(f => f.Goal is not null).ToList();
        var missed = goals.Where(f => !f.Holds).ToList();
        output.WriteLine($"# goals: {goals.Count - missed.Count} of {goals.Count} hold");
        foreach (var figure in missed)
        {
            output.WriteLine($"# missed: {figure.Line}");
        }

        return missed.Count;
    }

    private void Add(Figure figure)
    {
        figures.Add(figure);
        output.WriteLine(figure.Line);
        output.Flush();
    }
}
