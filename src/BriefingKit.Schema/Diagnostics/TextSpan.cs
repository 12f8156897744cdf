namespace BriefingKit.Schema.Diagnostics;

/// <summary>
/// A located range in an input file: 1-based line and column (in characters) of the start and end,
/// plus 0-based character offsets so a Roslyn <c>TextSpan</c> can be built from it.
/// </summary>
public readonly record struct TextSpan(int Line, int Column, int EndLine, int EndColumn, int Offset, int EndOffset)
{
    /// <summary>The start of a file, used when a problem concerns the file as a whole.</summary>
    public static TextSpan FileStart { get; } = new(1, 1, 1, 1, 0, 0);

    public static TextSpan At(int line, int column, int offset) => new(line, column, line, column, offset, offset);
}
