using System.Globalization;
using System.Text;

namespace BriefingKit.Synthetic;

/// <summary>
/// Writes block-style YAML the way an analyst lays a dossier out (one entity per list item, text
/// double-quoted, id lists in flow style) and counts the nodes it writes, so a generated dossier knows
/// which <c>SchemaLimits</c> it needs.
/// </summary>
internal sealed class YamlWriter
{
    private readonly StringBuilder text = new(1 << 16);
    private bool pendingDash;

    /// <summary>Nodes as the schema's tree builder counts them (keys, values, mappings and lists).</summary>
    public long Nodes { get; private set; } = 1; // the root mapping

    public void Comment(string line) => text.Append("# ").Append(line).Append('\n');

    public void Blank() => text.Append('\n');

    /// <summary>Starts a mapping that is an item of a block list: its first key gets the "- " marker.</summary>
    public void BeginItem()
    {
        pendingDash = true;
        Nodes++;
    }

    /// <summary><c>key:</c> followed by a nested block list or mapping.</summary>
    public void Open(int indent, string key)
    {
        Key(indent, key);
        text.Append('\n');
        Nodes += 2;
    }

    /// <summary>A plain scalar (ids, dates, numbers, vocabulary words).</summary>
    public void Plain(int indent, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        Key(indent, key);
        text.Append(' ').Append(value).Append('\n');
        Nodes += 2;
    }

    public void Plain(int indent, string key, long value) => Plain(indent, key, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Free text, double-quoted so that colons, hashes and quotes stay literal.</summary>
    public void Text(int indent, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        Key(indent, key);
        text.Append(' ');
        Quoted(value);
        text.Append('\n');
        Nodes += 2;
    }

    /// <summary>A flow list: <c>key: [a, b]</c> (ids) or <c>key: ["x y", "z"]</c> (text).</summary>
    public void List(int indent, string key, IReadOnlyCollection<string> items, bool quote = false)
    {
        if (items.Count == 0)
        {
            return;
        }

        Key(indent, key);
        text.Append(" [");
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                text.Append(", ");
            }

            first = false;
            if (quote)
            {
                Quoted(item);
            }
            else
            {
                text.Append(item);
            }
        }

        text.Append("]\n");
        Nodes += 2 + items.Count;
    }

    public override string ToString() => text.ToString();

    private void Key(int indent, string key)
    {
        if (pendingDash)
        {
            text.Append(' ', indent - 2).Append("- ");
            pendingDash = false;
        }
        else
        {
            text.Append(' ', indent);
        }

        text.Append(key).Append(':');
    }

    private void Quoted(string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"' or '\\':
                    text.Append('\\').Append(c);
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }
}
