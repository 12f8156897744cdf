using BriefingKit.Briefing;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Text;
using BriefingKit.Templates;

namespace BriefingKit.Cli.Commands;

/// <summary><c>--template NAME|DIR</c>, shared by <c>build</c> (which renders with it) and <c>check</c> (which only checks it).</summary>
internal static class TemplateOption
{
    public static string Description => $"Built-in template ({string.Join(", ", TemplateFiles.EmbeddedNames())}; default {TemplateFiles.DefaultName}) or a template folder.";

    /// <summary>The preset <c>--template</c> names; a template folder gets the default preset's view.</summary>
    public static BriefingPreset Preset(string? template) =>
        template is not null && !Directory.Exists(template) && BriefingPresets.TryParse(template, out var preset) ? preset : BriefingPreset.Brief;

    /// <summary>The named built-in set, or a folder's set parsed and checked against the view; null with located diagnostics when it is not usable.</summary>
    public static TemplateSet? Load(string? template, out IReadOnlyList<Diagnostic> diagnostics)
    {
        diagnostics = [];
        if (template is null || (!Directory.Exists(template) && TemplateFiles.EmbeddedNames().Contains(template)))
        {
            return TemplateSet.For(Preset(template));
        }

        if (!Directory.Exists(template))
        {
            var names = TemplateFiles.EmbeddedNames();
            diagnostics = [Codes.TemplateNotFound.Create(template, TextSpan.FileStart, $"no template folder or built-in template named '{template}'{Suggestions.DidYouMean(template, names)}; built-in: {string.Join(", ", names)}")];
            return null;
        }

        var files = TemplateFiles.FromDirectory(template, TemplateFiles.FolderMainName, out var problem);
        if (files is null)
        {
            diagnostics = [Codes.TemplateNotFound.Create(template, TextSpan.FileStart, problem)];
            return null;
        }

        var (templates, found) = TemplateSet.Compile(files);
        diagnostics = found;
        return templates;
    }
}
