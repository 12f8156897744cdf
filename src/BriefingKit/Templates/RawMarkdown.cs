namespace BriefingKit.Templates;

/// <summary>
/// Markdown a template function built on purpose (footnote marks, an autolink, an included partial): written as it
/// is, where every other value a template writes is Markdown-escaped first.
/// </summary>
public sealed class RawMarkdown(string text)
{
    public string Text { get; } = text;

    public override string ToString() => Text;
}
