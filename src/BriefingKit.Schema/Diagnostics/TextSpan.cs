namespace BriefingKit.Schema.Diagnostics;

/// <summary>
/// A located range in an input file: 1-based line and column (in characters) of the start and end,
/// plus 0-based character offsets so a Roslyn <c>TextSpan</c> can be built from it.
/// </summary>
/// <param name="Line">1-based line of the start.</param>
/// <param name="Column">1-based column of the start, in characters.</param>
/// <param name="EndLine">1-based line of the end.</param>
/// <param name="EndColumn">1-based column of the end, in characters.</param>
/// <param name="Offset">0-based character offset of the start.</param>
/// <param name="EndOffset">0-based character offset of the end (exclusive).</param>
public readonly record struct TextSpan(int Line, int Column, int EndLine, int EndColumn, int Offset, int EndOffset)
{
    /// <summary>The start of a file, used when a problem concerns the file as a whole.</summary>
    public static TextSpan FileStart { get; } = new(1, 1, 1, 1, 0, 0);

    /// <summary>An empty span at one point.</summary>
    public static TextSpan At(int line, int column, int offset) => new(line, column, line, column, offset, offset);
}
