using System;
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Schema.Diagnostics;
using Scriban;

namespace BriefingKit.Schema.Templates;

/// <summary>The parsed templates of a set (by partial name; the main template under "") and every problem found.</summary>
internal sealed record TemplateCheckResult(IReadOnlyDictionary<string, Template> Parsed, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// The one template checker, run by the library before it renders, by <c>briefingkit check --template</c>, and by
/// the generator in <c>dotnet build</c>: syntax, includes, and every name and member path against the model, all
/// files in one pass. The callers differ only in where the model's shape comes from (reflection or Roslyn symbols).
/// </summary>
internal static class TemplateChecker
{
    /// <param name="set">The main template and its partials.</param>
    /// <param name="model">The view model's shape; null checks syntax and includes only.</param>
    public static TemplateCheckResult Check(TemplateSetSource set, ModelShape? model)
    {
        var diagnostics = new List<Diagnostic>();
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var file in set.Files)
        {
            if (TemplateSyntax.Parse(file.Path, file.Text, diagnostics) is { } template)
            {
                parsed[file.Name] = template;
            }
        }

        IncludeGraph.Check(set, parsed, set.Main is null ? [] : TemplateRules.SectionPartials, TemplateRules.MaxPartialDepth, diagnostics);
        if (model is not null)
        {
            CheckMembers(set, parsed, model, diagnostics);
        }

        return new TemplateCheckResult(parsed, diagnostics);
    }

    /// <summary>
    /// Checks each file once, callers before the partials they include, so a partial also sees the loop variables
    /// of the places that include it (Scriban keeps them visible): what is valid at any include site is accepted.
    /// </summary>
    private static void CheckMembers(TemplateSetSource set, Dictionary<string, Template> parsed, ModelShape model, List<Diagnostic> diagnostics)
    {
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in parsed.Values)
        {
            MemberChecker.CollectAssigned(template.Page, assigned);
        }

        var sharedTopLevel = MemberChecker.TopLevel(model, assigned);
        var passedDown = new Dictionary<string, Dictionary<string, ValueShape>>(StringComparer.Ordinal);
        var everywhere = new Dictionary<string, ValueShape>(StringComparer.Ordinal); // from computed includes: any partial
        var order = new List<string>();
        var queued = new HashSet<string>(StringComparer.Ordinal);

        void Enqueue(string name)
        {
            if (parsed.ContainsKey(name) && queued.Add(name))
            {
                order.Add(name);
            }
        }

        void Included(string? partial, Dictionary<string, ValueShape> names)
        {
            var into = everywhere;
            if (partial is not null)
            {
                if (!passedDown.TryGetValue(partial, out into))
                {
                    passedDown[partial] = into = new Dictionary<string, ValueShape>(StringComparer.Ordinal);
                }

                Enqueue(partial);
            }

            foreach (var pair in names)
            {
                into[pair.Key] = into.TryGetValue(pair.Key, out var known) && known != pair.Value ? ValueShape.Any : pair.Value;
            }
        }

        if (set.Main is { } main)
        {
            Enqueue(main.Name);
        }

        var unreached = set.Files.Select(f => f.Name).Where(parsed.ContainsKey).ToList();
        for (var i = 0; ; i++)
        {
            if (i == order.Count)
            {
                // A partial no include reached by name (perhaps one of a computed include): checked with the top level.
                if (unreached.FirstOrDefault(n => !queued.Contains(n)) is not { } next)
                {
                    break;
                }

                Enqueue(next);
            }

            var file = set.Files.First(f => f.Name == order[i]);
            var topLevel = new Dictionary<string, ValueShape>(sharedTopLevel, StringComparer.Ordinal);
            foreach (var inherited in (passedDown.TryGetValue(file.Name, out var own) ? own : []).Concat(file.Name.Length > 0 ? everywhere : []))
            {
                topLevel[inherited.Key] = topLevel.ContainsKey(inherited.Key) ? ValueShape.Any : inherited.Value;
            }

            new MemberChecker(model, file, topLevel, diagnostics, Included).Check(parsed[file.Name].Page!);
        }
    }
}
