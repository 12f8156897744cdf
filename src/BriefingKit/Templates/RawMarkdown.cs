namespace BriefingKit.Templates;

/// <summary>
/// Markdown a template function built on purpose (footnote marks, an autolink, an included partial): written as it
/// is, where every other value a template writes is Markdown-escaped first.
/// </summary>
/// <param name="text">The Markdown to write as it is.</param>
internal sealed class RawMarkdown(string text)
{
    /// <summary>The Markdown, written unescaped.</summary>
    public string Text { get; } = text;

    /// <summary>The Markdown <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
