using System.Text;
using BriefingKit.Templates;

namespace BriefingKit.Cli.Tests.Fuzzing;

/// <summary>Mutates one file of a template set: the byte-level and line mutations, or a Handlebars-aware fault.</summary>
public static class TemplateMutator
{
    private static readonly string[] Snippets =
    [
        "{{", "}}", "{{#if title}}", "{{/if}}", "{{#each sections}}", "{{/each}}", "{{> summary}}", "{{> ../../etc/passwd}}",
        "{{> briefing}}", "{{> (partial) @root}}", "{{nosuchfield}}", "{{{title}}}", "{{cite}}", "{{yaml}}", "{{url 1 2}}",
        "{{paragraphs}}", "{{#each 5}}x{{/each}}", "{{lookup . 'title'}}", "{{@root.title}}", "{{../title}}", "{{else}}", "{{~> footnotes~}}",
        "{{!-- unclosed comment", "{{#with title}}{{this}}{{/with}}", "{{#unless isEmpty}}", "{{/unless}}", "{{> }}", "{{#}}",
    ];

    public static (TemplateFiles Files, string Description) Mutate(Random random, TemplateFiles files)
    {
        var names = files.Partials.Keys.Order(StringComparer.Ordinal).Prepend(string.Empty).ToList();
        var name = names[random.Next(names.Count)];
        var file = name.Length == 0 ? files.Main : files.Partials[name];
        string text;
        string what;
        if (random.Next(2) == 0)
        {
            var (bytes, description) = Mutator.Mutate(random, Encoding.UTF8.GetBytes(file.Text));
            (text, what) = (Encoding.UTF8.GetString(bytes), description);
        }
        else
        {
            var at = random.Next(file.Text.Length + 1);
            var snippet = Snippets[random.Next(Snippets.Length)];
            (text, what) = (file.Text[..at] + snippet + file.Text[at..], $"insert '{snippet}'");
        }

        var changed = file with { Text = text };
        var label = $"{(name.Length == 0 ? "main" : name)}: {what}";
        return name.Length == 0
            ? (files with { Main = changed }, label)
            : (files with { Partials = new Dictionary<string, TemplateFile>(files.Partials) { [name] = changed } }, label);
    }
}
