using System.Text;
using HandlebarsDotNet;

namespace BriefingKit.Markdown;

/// <summary>
/// Handlebars text encoder for Markdown templates: every <c>{{value}}</c> is Markdown-escaped (instead of
/// HTML-escaped), so dossier text is literal by default. Pre-built Markdown uses <c>{{{triple}}}</c>.
/// </summary>
public sealed class MarkdownTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target) => target.Write(MarkdownEscaper.EscapeInline(text?.ToString()));

    public void Encode(string? text, TextWriter target) => target.Write(MarkdownEscaper.EscapeInline(text));

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        var builder = new StringBuilder();
        while (text is not null && text.MoveNext())
        {
            builder.Append(text.Current);
        }

        Encode(builder, target);
    }
}
