namespace BriefingKit.Loading.SourceTexts;

/// <summary>
/// A source's stored text as the quote check reads it: its paragraphs, and the whole text with every run of
/// whitespace (line breaks included) made one space, so a quote may wrap differently from the text it quotes.
/// </summary>
/// <remarks>
/// What "para N" means: in a Markdown file (<c>.md</c>, <c>.markdown</c>) a paragraph is a block of lines between
/// blank lines, as Markdown has it; in any other text each non-blank line is a paragraph, which is how copied web
/// articles arrive. Blank lines never count. Paragraphs are numbered from 1 in file order.
/// </remarks>
public sealed class StoredText
{
    private readonly int[] starts; // where each paragraph starts in Flat

    private StoredText(string path, string flat, int[] starts)
    {
        Path = path;
        Flat = flat;
        this.starts = starts;
    }

    /// <summary>The path as the dossier gives it.</summary>
    public string Path { get; }

    /// <summary>The paragraphs joined by single spaces, each whitespace run one space.</summary>
    public string Flat { get; }

    public int ParagraphCount => starts.Length;

    public static StoredText From(string path, string text)
    {
        var markdown = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
        var flat = new System.Text.StringBuilder(text.Length);
        var starts = new List<int>();
        var inParagraph = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.AsSpan().Trim();
            if (line.IsEmpty)
            {
                inParagraph = false;
                continue;
            }

            if (flat.Length > 0)
            {
                flat.Append(' ');
            }

            if (!inParagraph || !markdown)
            {
                starts.Add(flat.Length);
            }

            inParagraph = true;
            AppendCollapsed(flat, line);
        }

        return new StoredText(path, flat.ToString(), [.. starts]);
    }

    /// <summary>Paragraph <paramref name="number"/> (from 1), whitespace runs made one space.</summary>
    public string Paragraph(int number)
    {
        var start = starts[number - 1];
        var end = number < starts.Length ? starts[number] - 1 : Flat.Length;
        return Flat[start..end];
    }

    /// <summary>The 1-based number of the paragraph holding the character at <paramref name="index"/> of <see cref="Flat"/>.</summary>
    public int ParagraphAt(int index)
    {
        var found = Array.BinarySearch(starts, index);
        return (found >= 0 ? found : ~found - 1) + 1;
    }

    /// <summary><paramref name="text"/> with each whitespace run made one space and the ends trimmed.</summary>
    public static string Collapse(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        AppendCollapsed(builder, text.AsSpan().Trim());
        return builder.ToString();
    }

    private static void AppendCollapsed(System.Text.StringBuilder builder, ReadOnlySpan<char> text)
    {
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }
    }
}
