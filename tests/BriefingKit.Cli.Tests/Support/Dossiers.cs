namespace BriefingKit.Cli.Tests.Support;

/// <summary>Dossier texts the tests vary, and where things are in them.</summary>
public static class Dossiers
{
    /// <summary>The smallest valid dossier (same shape as the schema tests' cases); 19 lines, LF endings.</summary>
    public const string Minimal = """
        dossier:
          id: case
          title: López Obrador
          as-of: 2023-12-28
          marking: UNCLASSIFIED
        sources:
          - id: src
            outlet: Outlet
            title: Title
            published: 2023-12-28
            reliability: B
        events:
          - id: ev
            date: 2023-12-27
            kind: meeting
            title: Meeting
            citations:
              - source: src
                quote: "text"

        """;

    /// <summary>The head of <see cref="Minimal"/> (metadata and one source) to append entity lists to.</summary>
    public const string Head = """
        dossier:
          id: case
          title: Case
          as-of: 2023-12-28
          marking: UNCLASSIFIED
        sources:
          - {id: src, outlet: O, title: T, published: 2023, reliability: B}

        """;

    public const string Cite = "citations: [{source: src, quote: q}]";

    /// <summary>1-based line and column of the first occurrence of <paramref name="marker"/> (LF line endings).</summary>
    public static (int Line, int Column) Position(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException($"'{marker}' is not in the text");
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (index == 0)
        {
            lineStart = 0;
        }

        return (text.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1);
    }
}
