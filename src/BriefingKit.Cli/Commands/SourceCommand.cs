using System.CommandLine;
using System.Text;
using BriefingKit.Loading.SourceTexts;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Cli.Commands;

/// <summary>
/// <c>briefingkit source add FILE [--dossier D]</c>: prints a source entry for a stored text, with the text's
/// paragraphs numbered as the quote check counts them, so the analyst can give <c>locator: "para N"</c>.
/// </summary>
internal static class SourceCommand
{
    private const int ShownCharacters = 96;

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The stored text of the source (plain text or Markdown, UTF-8)." };
        Inputs.RejectOptionLikeValues(file);
        var dossier = new Option<string?>("--dossier") { Description = "The dossier the source goes into: text: is written relative to it (default: the current folder)." };
        var limits = new LimitOptions();
        var add = new Command("add", "Print a source entry for a stored text, its paragraphs numbered for locators.") { file, dossier };
        limits.AddTo(add);
        add.SetAction(parse => (int)Add(parse.GetValue(file)!, parse.GetValue(dossier), limits.Read(parse)));
        return new Command("source", "Work with the stored texts of sources.") { add };
    }

    private static ExitCode Add(string file, string? dossier, Schema.SchemaLimits limits)
    {
        var folder = dossier is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(dossier))!;
        var relative = Path.GetRelativePath(folder, Path.GetFullPath(file)).Replace('\\', '/');
        if (SourceTextFile.Read(folder, relative, limits, out var text) is { } why)
        {
            var id = Id(file);
            DiagnosticPrinter.ForStandardError().Print([Codes.SourceTextNotReadable.Create(file, TextSpan.FileStart, id, relative, why)]);
            return ExitCode.InputErrors;
        }

        Console.Out.Write(Entry(Id(file), relative, text!));
        return ExitCode.Success;
    }

    /// <summary>The entry: what BriefingKit can know filled in, the rest named in comments for the analyst to give.</summary>
    internal static string Entry(string id, string path, StoredText text)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Add under sources: and fill in outlet, title, published (the original date) and reliability (A–F).\n");
        yaml.Append("  - id: ").Append(id).Append('\n');
        yaml.Append("    outlet: \n    title: \n    published: \n    reliability: \n");
        yaml.Append("    text: \"").Append(path.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n");
        yaml.Append("# ").Append(path).Append(": ").Append(text.ParagraphCount).Append(text.ParagraphCount == 1 ? " paragraph" : " paragraphs")
            .Append("; cite one as locator: \"para N\".\n");
        var width = text.ParagraphCount.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        for (var n = 1; n <= text.ParagraphCount; n++)
        {
            var paragraph = text.Paragraph(n);
            var shown = paragraph.Length <= ShownCharacters ? paragraph : paragraph[..ShownCharacters].TrimEnd() + "…";
            yaml.Append("#   para ").Append(n.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)).Append("  ").Append(shown).Append('\n');
        }

        return yaml.ToString();
    }

    // "texts/CBS News 2023-12-28.txt" → "cbs-news-2023-12-28": an id the schema accepts (kebab-case).
    private static string Id(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file).ToLowerInvariant();
        var id = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(c);
            }
            else if (id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        var result = id.ToString().Trim('-');
        return result.Length == 0 || !char.IsAsciiLetter(result[0]) ? "source-" + result : result;
    }
}
