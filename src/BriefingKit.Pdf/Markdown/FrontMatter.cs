using System.Globalization;
using System.Text;
using BriefingKit.Schema.Diagnostics;
using Markdig.Extensions.Yaml;

namespace BriefingKit.Pdf.Markdown;

/// <summary>
/// The flat <c>key: value</c> front matter the templates emit (title, subtitle, date, marking,
/// audience, author). A deliberately small reader: plain, single- and double-quoted scalars only, so a
/// hostile front matter cannot nest or recurse; anything else is reported and ignored.
/// </summary>
internal sealed class FrontMatter
{
    readonly Dictionary<string, string> _values;

    FrontMatter(Dictionary<string, string> values) => _values = values;

    public static FrontMatter Empty { get; } = new([]);

    public string? Title => Get("title");

    public string? Subtitle => Get("subtitle");

    public string? Marking => Get("marking");

    public string? Audience => Get("audience");

    public string? Author => Get("author");

    public string? DateText => Get("date");

    public TextSpan DateSpan { get; private init; } = TextSpan.FileStart;

    public string? Get(string key) => _values.TryGetValue(key, out var v) && v.Length > 0 ? v : null;

    /// <summary>The <c>date</c> value as a calendar date, when it is one.</summary>
    public DateOnly? Date(DiagnosticBag diagnostics)
    {
        if (DateText is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Report(Codes.PdfDateInvalid, DateSpan, "Front matter date", text, "yyyy-MM-dd");
        return null;
    }

    public static FrontMatter Read(YamlFrontMatterBlock? block, DiagnosticBag diagnostics)
    {
        if (block is null)
        {
            return Empty;
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var dateSpan = TextSpan.FileStart;
        var lines = block.Lines;
        for (int i = 0; i < lines.Count; i++)
        {
            var slice = lines.Lines[i].Slice;
            string raw = slice.ToString();
            string line = raw.TrimEnd();
            var span = TextSpan.At(lines.Lines[i].Line + 1, 1, slice.Start);
            if (line.Length == 0 || line.TrimStart().StartsWith('#') || line == "---" || line == "...")
            {
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (char.IsWhiteSpace(line[0]) || line[0] == '-' || colon <= 0)
            {
                diagnostics.Report(Codes.PdfFrontMatterInvalid, span, line.Trim());
                continue;
            }

            string key = line[..colon].Trim();
            values[key] = Scalar(line[(colon + 1)..].Trim());
            if (key.Equals("date", StringComparison.OrdinalIgnoreCase))
            {
                dateSpan = span;
            }
        }

        return new FrontMatter(values) { DateSpan = dateSpan };
    }

    static string Scalar(string text)
    {
        if (text.Length >= 2 && text[0] == '\'' && text[^1] == '\'')
        {
            return text[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            return Unescape(text[1..^1]);
        }

        int comment = text.IndexOf(" #", StringComparison.Ordinal);
        return comment >= 0 ? text[..comment].TrimEnd() : text;
    }

    static string Unescape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length)
            {
                sb.Append(s[i]);
                continue;
            }

            char e = s[++i];
            if (e == 'u' && i + 4 < s.Length && int.TryParse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int cp))
            {
                sb.Append((char)cp);
                i += 4;
                continue;
            }

            sb.Append(e switch { 'n' => '\n', 't' => '\t', '0' => '\0', _ => e });
        }

        return sb.ToString();
    }
}
