using System.Reflection;
using BriefingKit.Schema;
using BriefingKit.Schema.Templates;

namespace BriefingKit.Templates;

/// <summary>One template file's text and the path diagnostics name.</summary>
/// <param name="Path">The file's path, or the resource name of a built-in template (<c>templates/brief.md.sbn</c>).</param>
/// <param name="Text">The Scriban source.</param>
public sealed record TemplateFile(string Path, string Text);

/// <summary>
/// The raw files of a template set: a main Scriban template (<c>briefing.md.sbn</c> or <c>NAME.md.sbn</c>) and the
/// partials in <c>partials/*.sbn</c>, named by file name without extensions (<c>partials/timeline.md.sbn</c> → <c>timeline</c>).
/// </summary>
/// <param name="Folder">The folder read, or "built-in templates".</param>
/// <param name="Main">The main template.</param>
/// <param name="Partials">The partials by name (<c>timeline</c>), compared ordinally.</param>
public sealed record TemplateFiles(string Folder, TemplateFile Main, IReadOnlyDictionary<string, TemplateFile> Partials)
{
    /// <summary>The main template of a template folder: <c>briefing.md.sbn</c>.</summary>
    public const string FolderMainName = "briefing";

    /// <summary>The built-in set used when none is named: the <see cref="Briefing.BriefingPreset.Brief"/> preset.</summary>
    public const string DefaultName = "brief";

    /// <summary>The extension of a main template.</summary>
    public const string MainExtension = ".md.sbn";

    private const string ResourcePrefix = "templates/";

    /// <summary>The templates built into the library (the repository's <c>templates/</c> folder).</summary>
    public static TemplateFiles Embedded(string name = DefaultName)
    {
        var assembly = typeof(TemplateFiles).Assembly;
        var main = ReadResource(assembly, $"{ResourcePrefix}{name}{MainExtension}")
            ?? throw new ArgumentException($"no built-in template named '{name}'", nameof(name));
        var partials = assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(ResourcePrefix + "partials/", StringComparison.Ordinal) && r.EndsWith(".sbn", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToDictionary(r => PartialName(r), r => ReadResource(assembly, r)!, StringComparer.Ordinal);
        return new TemplateFiles("built-in templates", main, partials);
    }

    /// <summary>Names of the built-in main templates, one per preset ("brief", "full", "memo").</summary>
    public static IReadOnlyList<string> EmbeddedNames() =>
        typeof(TemplateFiles).Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal) && !r.Contains("/partials/", StringComparison.Ordinal) && r.EndsWith(MainExtension, StringComparison.Ordinal))
            .Select(r => r[ResourcePrefix.Length..^MainExtension.Length]).Order(StringComparer.Ordinal).ToList();

    /// <summary>Reads a folder; returns null with a reason when it has no main template.</summary>
    public static TemplateFiles? FromDirectory(string folder, string name, out string? problem)
    {
        problem = null;
        var mainPath = Path.Combine(folder, name + MainExtension);
        if (!File.Exists(mainPath))
        {
            problem = File.Exists(Path.Combine(folder, $"{name}.md.hbs"))
                ? $"template folder '{folder}' has a Handlebars '{name}.md.hbs' but no Scriban '{name}{MainExtension}'; docs/templates.md shows how to port it"
                : $"template folder '{folder}' has no '{name}{MainExtension}'";
            return null;
        }

        var partialFolder = Path.Combine(folder, "partials");
        var partials = Directory.Exists(partialFolder)
            ? Directory.EnumerateFiles(partialFolder, "*.sbn").Order(StringComparer.Ordinal)
                .ToDictionary(p => PartialName(p), p => new TemplateFile(p, File.ReadAllText(p)), StringComparer.Ordinal)
            : new Dictionary<string, TemplateFile>(StringComparer.Ordinal);
        return new TemplateFiles(folder, new TemplateFile(mainPath, File.ReadAllText(mainPath)), partials);
    }

    /// <summary>The set as the template checker reads it.</summary>
    internal TemplateSetSource ToSource() => new(
        Folder,
        new TemplateSource(string.Empty, Main.Path, Main.Text),
        new EquatableArray<TemplateSource>(Partials.Select(p => new TemplateSource(p.Key, p.Value.Path, p.Value.Text))));

    private static string PartialName(string path) => TemplateSetSource.PartialName(path);

    private static TemplateFile? ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return new TemplateFile(name, reader.ReadToEnd());
    }
}
