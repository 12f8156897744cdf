using System;
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Text;
using Scriban;
using Scriban.Syntax;

namespace BriefingKit.Schema.Templates;

/// <summary>
/// Checks the includes of a parsed set before anything renders: every <c>include "name"</c> names an existing
/// partial inside the template folder, partials do not include each other in a loop, and nesting stays within
/// the limit. Includes of computed names (<c>include section.partial</c>) are checked when they run.
/// </summary>
internal static class IncludeGraph
{
    public static void Check(TemplateSetSource set, IReadOnlyDictionary<string, Template> parsed, IEnumerable<string> requiredPartials, int maxDepth, List<Diagnostic> diagnostics)
    {
        var references = new Dictionary<string, List<(string Name, TextSpan Span)>>(StringComparer.Ordinal);
        foreach (var file in set.Files)
        {
            references[file.Name] = parsed.TryGetValue(file.Name, out var template) ? References(file, template, set, diagnostics) : [];
        }

        if (set.Main is not { } main)
        {
            return;
        }

        foreach (var partial in requiredPartials.Where(p => set.Partial(p) is null))
        {
            diagnostics.Add(Codes.MissingPartial.Create(main.Path, TextSpan.FileStart, partial, set.Folder, " (every briefing section needs its partial)"));
        }

        var walk = new Walker(references, set, diagnostics);
        foreach (var name in references.Keys)
        {
            walk.Depth(name);
        }

        if (walk.Depth(main.Name) > maxDepth)
        {
            diagnostics.Add(Codes.TemplateTooDeep.Create(main.Path, TextSpan.FileStart, maxDepth, main.Path));
        }
    }

    /// <summary>The partials a template includes by a literal name (<c>include "footnotes"</c>), where it names them.</summary>
    private static List<(string Name, TextSpan Span)> References(TemplateSource file, Template template, TemplateSetSource set, List<Diagnostic> diagnostics)
    {
        var found = new List<(string, TextSpan)>();
        foreach (var (name, argument) in LiteralIncludes(template.Page))
        {
            var span = TemplateSyntax.Locate(file.Text, argument.Span);
            if (!TemplateSetSource.IsPlainName(name))
            {
                diagnostics.Add(Codes.PartialOutsideFolder.Create(file.Path, span, name));
            }
            else if (set.Partial(name) is null)
            {
                diagnostics.Add(Codes.MissingPartial.Create(file.Path, span, name, set.Folder, Suggestions.DidYouMean(name, set.PartialNames)));
            }
            else
            {
                found.Add((name, span));
            }
        }

        return found;
    }

    /// <summary><c>include "name"</c> calls: the name and the literal that gives it.</summary>
    internal static IEnumerable<(string Name, ScriptLiteral Argument)> LiteralIncludes(ScriptNode? node) =>
        MemberChecker.Nodes(node).OfType<ScriptFunctionCall>()
            .Where(call => call.Target is ScriptVariable { Name: "include" } && call.Arguments.Count > 0 && call.Arguments[0] is ScriptLiteral { Value: string })
            .Select(call => ((string)((ScriptLiteral)call.Arguments[0]).Value!, (ScriptLiteral)call.Arguments[0]));

    /// <summary>Depth-first walk with memoised depths (linear in the graph) that reports each include loop at its closing reference.</summary>
    private sealed class Walker(Dictionary<string, List<(string Name, TextSpan Span)>> references, TemplateSetSource set, List<Diagnostic> diagnostics)
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
            foreach (var (name, span) in references.TryGetValue(current, out var list) ? list : [])
            {
                if (path.Contains(name))
                {
                    var file = set.Files.First(f => f.Name == current).Path;
                    var loop = path.SkipWhile(p => p != name).Concat([name]);
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
}
