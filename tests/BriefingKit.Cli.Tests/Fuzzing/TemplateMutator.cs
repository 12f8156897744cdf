using System.Text;
using BriefingKit.Templates;

namespace BriefingKit.Cli.Tests.Fuzzing;

/// <summary>Mutates one file of a template set: the byte-level and line mutations, or a Scriban-aware fault.</summary>
public static class TemplateMutator
{
    private static readonly string[] Snippets =
    [
        "{{", "}}", "{{ if title }}", "{{ end }}", "{{ else }}", "{{ for s in sections }}", "{{ include \"summary\" }}",
        "{{ include \"../../etc/passwd\" }}", "{{ include \"briefing\" }}", "{{ include section }}", "{{ include }}", "{{ include 5 }}",
        "{{ nosuchfield }}", "{{ title.nosuch }}", "{{ cite }}", "{{ cite 5 }}", "{{ yaml_string }}", "{{ autolink 1 2 }}", "{{ paragraphs }}",
        "{{ for i in 5 }}x{{ end }}", "{{ sections[99].title }}", "{{ sections }}", "{{ func f; f; end; f }}", "{{ while true }}x{{ end }}",
        "{{ 1 / 0 }}", "{{ ## unclosed comment", "{{ with title }}{{ end }}", "{{ capture c }}", "{{ import \"x\" }}",
        "{{ title | string.slice 1000 }}", "{{ 1..100000000 | array.size }}", "{{ \"a\" * 100000000 }}", "{{~ ~}}", "{%{ raw",
        "{{ sections | array.sort \"nosuch\" }}", "{{ $0 }}", "{{ this }}", "{{ title = 1 }}",
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
