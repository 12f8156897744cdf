using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace BriefingKit.Templates;

/// <summary>
/// Checks on a parsed template set before anything renders: no code block is left open, every
/// <c>include "name"</c> names an existing partial inside the template folder, partials do not include each other
/// in a loop, and nesting stays within the limit. Includes of computed names (<c>include section.partial</c>) are
/// checked by <see cref="PartialLoader"/> when they run.
/// </summary>
internal static class TemplateChecks
{
    /// <summary>
    /// Scriban reads <c>x {{ name</c> to the end of the file as code, without a word; a template author meant a
    /// closing <c>}}</c> there. Reports the opening of the block that is never closed.
    /// </summary>
    public static void CheckClosed(TemplateFile file, List<Diagnostic> diagnostics)
    {
        Token? open = null;
        foreach (var token in new Lexer(file.Text, file.Path))
        {
            if (token.Type == TokenType.CodeEnter)
            {
                open = token;
            }
            else if (token.Type == TokenType.CodeExit)
            {
                open = null;
            }
        }

        if (open is { } unclosed)
        {
            diagnostics.Add(Codes.TemplateSyntax.Create(file.Path, InputText.Locate(file.Text, unclosed.Start.Offset), "this '{{' is never closed with '}}'"));
        }
    }

    public static void Check(TemplateFiles files, IReadOnlyDictionary<string, Template> parsed, IEnumerable<string> requiredPartials, int maxDepth, List<Diagnostic> diagnostics)
    {
        var references = new Dictionary<string, List<(string Name, TextSpan Span)>>(StringComparer.Ordinal);
        foreach (var (name, file) in files.Partials.Prepend(new KeyValuePair<string, TemplateFile>(string.Empty, files.Main)))
        {
            references[name] = parsed.TryGetValue(name, out var template) ? References(file, template, files, diagnostics) : [];
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

    /// <summary>The partials a template includes by a literal name (<c>include "footnotes"</c>), where it names them.</summary>
    private static List<(string Name, TextSpan Span)> References(TemplateFile file, Template template, TemplateFiles files, List<Diagnostic> diagnostics)
    {
        var found = new List<(string, TextSpan)>();
        foreach (var (name, at) in LiteralIncludes(template.Page))
        {
            var span = InputText.Locate(file.Text, at.Start.Offset);
            if (!PartialLoader.IsPlainName(name))
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

    private static IEnumerable<(string Name, SourceSpan Span)> LiteralIncludes(ScriptNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        if (node is ScriptFunctionCall { Target: ScriptVariable { Name: "include" }, Arguments: [ScriptLiteral { Value: string name } argument, ..] })
        {
            yield return (name, argument.Span);
        }

        foreach (var child in node.Children)
        {
            foreach (var include in LiteralIncludes(child))
            {
                yield return include;
            }
        }
    }
}
