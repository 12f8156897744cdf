using System.Text;

namespace BriefingKit.Generators.Writing;

/// <summary>Writes lines of C# at the current indent (four spaces a level, LF line ends on every OS).</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder builder;
    private int indent;

    public IndentedWriter(int capacity = 4096) => builder = new StringBuilder(capacity);

    public IndentedWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            builder.Append(' ', indent * 4).Append(text);
        }

        builder.Append('\n');
        return this;
    }

    /// <summary>Writes <c>{</c> and indents.</summary>
    public IndentedWriter Open()
    {
        Line("{");
        indent++;
        return this;
    }

    /// <summary>Outdents and writes <c>}</c>.</summary>
    public IndentedWriter Close()
    {
        indent--;
        return Line("}");
    }

    public override string ToString() => builder.ToString();
}
