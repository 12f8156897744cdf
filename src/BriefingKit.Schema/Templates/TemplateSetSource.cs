using System;
using System.Collections.Generic;
using System.Linq;

namespace BriefingKit.Schema.Templates;

/// <summary>One template file: its partial name (empty for a main template), the path diagnostics name, and its text.</summary>
internal sealed record TemplateSource(string Name, string Path, string Text);

/// <summary>
/// A template set as the checker sees it: a main template (none when a project lists only partials) and the
/// partials an <c>include</c> can name. Compares by value, for the generator's pipeline.
/// </summary>
internal sealed record TemplateSetSource(string Folder, TemplateSource? Main, EquatableArray<TemplateSource> Partials)
{
    /// <summary>The main template first, then the partials.</summary>
    public IEnumerable<TemplateSource> Files => Main is null ? Partials : Partials.Prepend(Main);

    public TemplateSource? Partial(string name) => Partials.FirstOrDefault(p => p.Name == name);

    public IEnumerable<string> PartialNames => Partials.Select(p => p.Name);

    /// <summary>True when <paramref name="name"/> could name a partial: letters, digits, '-' and '_' only, never a path.</summary>
    public static bool IsPlainName(string name) =>
        name.Length > 0 && name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_');

    /// <summary>A partial's name from its path: <c>partials/timeline.md.sbn</c> → <c>timeline</c>.</summary>
    public static string PartialName(string path)
    {
        var file = path.Substring(path.LastIndexOfAny(['/', '\\']) + 1);
        var dot = file.IndexOf('.');
        return dot < 0 ? file : file.Substring(0, dot);
    }
}
