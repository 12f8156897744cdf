using System.Text.RegularExpressions;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Text;

namespace BriefingKit.Templates;

/// <summary>
/// Static checks on a template set before anything is compiled: every <c>{{> partial}}</c> names an existing
/// partial inside the template folder, partials do not include each other in a loop, and nesting stays
/// within the limit. Handlebars.Net itself resolves partials late and has no traversal or recursion guard.
/// </summary>
internal static partial class TemplateChecks
{
    public static void Check(TemplateFiles files, IEnumerable<string> requiredPartials, int maxDepth, List<Diagnostic> diagnostics)
    {
        var references = new Dictionary<string, List<(string Name, TextSpan Span)>>(StringComparer.Ordinal);
        foreach (var (name, file) in files.Partials.Prepend(new KeyValuePair<string, TemplateFile>(string.Empty, files.Main)))
        {
            references[name] = References(file, files, diagnostics);
        }

        foreach (var partial in requiredPartials.Where(p => !files.Partials.ContainsKey(p)))
        {
            diagnostics.Add(Codes.MissingPartial.Create(files.Main.Path, TextSpan.FileStart, partial, files.Folder, " (every briefing section needs its partial)"));
        }

        var walk = new Walker(references, files, diagnostics);
        foreach (var name in references.Keys)
        {
            walk.Depth(name);
        }

        if (walk.Depth(string.Empty) > maxDepth)
        {
            diagnostics.Add(Codes.TemplateTooDeep.Create(files.Main.Path, TextSpan.FileStart, maxDepth, files.Main.Path));
        }
    }

    private static List<(string Name, TextSpan Span)> References(TemplateFile file, TemplateFiles files, List<Diagnostic> diagnostics)
    {
        var found = new List<(string, TextSpan)>();
        foreach (Match match in PartialReference().Matches(file.Text))
        {
            var name = match.Groups["name"].Value;
            var span = InputText.Locate(file.Text, match.Groups["name"].Index);
            if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal))
            {
                diagnostics.Add(Codes.PartialOutsideFolder.Create(file.Path, span, name));
            }
            else if (!files.Partials.ContainsKey(name))
            {
                diagnostics.Add(Codes.MissingPartial.Create(file.Path, span, name, files.Folder, Suggestions.DidYouMean(name, files.Partials.Keys)));
            }
            else
            {
                found.Add((name, span));
            }
        }

        return found;
    }

    /// <summary>Depth-first walk with memoised depths (linear in the graph) that reports each include loop at its closing reference.</summary>
    private sealed class Walker(Dictionary<string, List<(string Name, TextSpan Span)>> references, TemplateFiles files, List<Diagnostic> diagnostics)
    {
        private readonly Dictionary<string, int> depths = new(StringComparer.Ordinal);
        private readonly List<string> path = [];

        public int Depth(string current)
        {
            if (depths.TryGetValue(current, out var known))
            {
                return known;
            }

            path.Add(current);
            var deepest = 0;
            foreach (var (name, span) in references.GetValueOrDefault(current) ?? [])
            {
                if (path.Contains(name))
                {
                    var file = current.Length == 0 ? files.Main.Path : files.Partials[current].Path;
                    var loop = path.SkipWhile(p => p != name).Append(name);
                    diagnostics.Add(Codes.RecursivePartial.Create(file, span, string.Join(" → ", loop)));
                    continue;
                }

                deepest = Math.Max(deepest, 1 + Depth(name));
            }

            path.RemoveAt(path.Count - 1);
            depths[current] = deepest;
            return deepest;
        }
    }

    // {{> name}}, {{~> name}}, {{> "name"}}; dynamic partials {{> (expr)}} are resolved from the view at render time.
    [GeneratedRegex(@"\{\{~?>\s*""?(?<name>[^\s""}()~]+)", RegexOptions.CultureInvariant)]
    private static partial Regex PartialReference();
}
