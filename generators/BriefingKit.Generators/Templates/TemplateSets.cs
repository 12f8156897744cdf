using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BriefingKit.Schema;
using BriefingKit.Schema.Templates;

namespace BriefingKit.Generators.Templates;

/// <summary>One <c>*.sbn</c> AdditionalFile: its path and text (no <c>SourceText</c>, so the pipeline can compare it).</summary>
internal sealed record TemplateInput(string Path, string Text);

/// <summary>What checking one template set found.</summary>
internal sealed record TemplateReport(EquatableArray<BriefingKit.Schema.Diagnostics.Diagnostic> Diagnostics);

/// <summary>Stands for "the project has templates" in the pipeline (a reference, not a bool, so no new JIT code is needed).</summary>
internal sealed class TemplatesPresent
{
    public static readonly TemplatesPresent Value = new();

    private TemplatesPresent()
    {
    }
}

/// <summary>
/// Groups a project's template files into sets the way the library reads a template folder: each main template
/// (an <c>.sbn</c> file outside a <c>partials</c> folder) with the <c>partials/*.sbn</c> beside it. Partials
/// without a main template beside them are still checked, as a set of their own.
/// </summary>
internal static class TemplateSets
{
    public const string Extension = ".sbn";

    public static bool IsTemplate(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    public static ImmutableArray<TemplateSetSource> Group(ImmutableArray<TemplateInput> inputs)
    {
        var files = inputs.GroupBy(i => i.Path, StringComparer.Ordinal).Select(g => g.First()).ToList(); // a file listed twice counts once
        var partialsByFolder = files.Where(IsPartial)
            .GroupBy(f => Folder(Folder(f.Path)), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new EquatableArray<TemplateSource>(g.OrderBy(f => f.Path, StringComparer.Ordinal)
                .Select(f => new TemplateSource(TemplateSetSource.PartialName(f.Path), f.Path, f.Text))), StringComparer.Ordinal);

        var sets = new List<TemplateSetSource>();
        var mains = files.Where(f => !IsPartial(f)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        foreach (var main in mains)
        {
            var folder = Folder(main.Path);
            var partials = partialsByFolder.TryGetValue(folder, out var found) ? found : EquatableArray<TemplateSource>.Empty;
            sets.Add(new TemplateSetSource(folder, new TemplateSource(string.Empty, main.Path, main.Text), partials));
        }

        foreach (var orphan in partialsByFolder.Where(p => !mains.Any(m => Folder(m.Path) == p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sets.Add(new TemplateSetSource(orphan.Key, null, orphan.Value));
        }

        return sets.ToImmutableArray();
    }

    private static bool IsPartial(TemplateInput file) =>
        string.Equals(Path.GetFileName(Folder(file.Path)), "partials", StringComparison.OrdinalIgnoreCase);

    private static string Folder(string path)
    {
        var cut = path.LastIndexOfAny(['/', '\\']);
        return cut < 0 ? string.Empty : path.Substring(0, cut);
    }
}
