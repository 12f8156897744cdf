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
internal sealed class StoredText
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

    /// <summary>How many paragraphs the text has; blank lines never count.</summary>
    public int ParagraphCount => starts.Length;

    /// <summary>The stored text of <paramref name="text"/>, read from <paramref name="path"/> (whose extension picks the paragraph rule).</summary>
    public static StoredText From(string path, string text) => From(path, text.AsSpan());

    /// <summary>The stored text of <paramref name="text"/>, read from <paramref name="path"/> (whose extension picks the paragraph rule).</summary>
    public static StoredText From(string path, ReadOnlySpan<char> text)
    {
        var markdown = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length + 1); // the flat text is never longer
        var length = 0;
        var starts = new List<int>();
        var inParagraph = false;
        foreach (var rawLine in text.EnumerateLines()) // spans: a 10,000-fact dossier's texts are 2.7 M characters
        {
            var line = rawLine.Trim();
            if (line.IsEmpty)
            {
                inParagraph = false;
                continue;
            }

            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            if (!inParagraph || !markdown)
            {
                starts.Add(length);
            }

            inParagraph = true;
            length = AppendCollapsed(buffer, length, line);
        }

        var flat = new string(buffer, 0, length);
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        return new StoredText(path, flat, [.. starts]);
    }

    /// <summary>Paragraph <paramref name="number"/> (from 1), whitespace runs made one space.</summary>
    public string Paragraph(int number) => Flat[ParagraphStart(number)..ParagraphEnd(number)];

    /// <summary>Where paragraph <paramref name="number"/> starts in <see cref="Flat"/>.</summary>
    public int ParagraphStart(int number) => starts[number - 1];

    /// <summary>Where paragraph <paramref name="number"/> ends in <see cref="Flat"/> (exclusive; the joining space is not in it).</summary>
    public int ParagraphEnd(int number) => number < starts.Length ? starts[number] - 1 : Flat.Length;

    /// <summary>The 1-based number of the paragraph holding the character at <paramref name="index"/> of <see cref="Flat"/>.</summary>
    public int ParagraphAt(int index)
    {
        var found = Array.BinarySearch(starts, index);
        return (found >= 0 ? found : ~found - 1) + 1;
    }

    /// <summary><paramref name="text"/> with each whitespace run made one space and the ends trimmed.</summary>
    public static string Collapse(string text)
    {
        var buffer = new char[text.Length];
        return new string(buffer, 0, AppendCollapsed(buffer, 0, text.AsSpan().Trim()));
    }

    // Writes text (trimmed) into buffer at length, each whitespace run as one space; returns the new length.
    private static int AppendCollapsed(char[] buffer, int length, ReadOnlySpan<char> text)
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
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = c;
        }

        return length;
    }
}
