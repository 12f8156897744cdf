using BriefingKit.Markdown;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Text;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace BriefingKit.Templates;

/// <summary>
/// A compiled, checked set of Markdown templates. Compile once (≈ milliseconds per template) and render many
/// briefings from it. Problems in the templates are located diagnostics, never exceptions.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>Deepest chain of partials a template may include (default 16).</summary>
    public const int MaxPartialDepth = 16;

    private static readonly Lazy<TemplateSet> BuiltIn = new(() => Compile(TemplateFiles.Embedded()).Templates
        ?? throw new InvalidOperationException("the built-in templates do not compile"));

    private readonly HandlebarsTemplate<TextWriter, object, object> main;

    private TemplateSet(TemplateFiles files, HandlebarsTemplate<TextWriter, object, object> main)
    {
        Files = files;
        this.main = main;
    }

    /// <summary>The built-in default templates, compiled once per process.</summary>
    public static TemplateSet Default => BuiltIn.Value;

    public TemplateFiles Files { get; }

    /// <summary>Partials every briefing section needs: one per <see cref="Briefing.BriefingSection"/>.</summary>
    public static IEnumerable<string> SectionPartials => Enum.GetValues<Briefing.BriefingSection>().Select(Briefing.BriefingSections.PartialName);

    public static (TemplateSet? Templates, IReadOnlyList<Diagnostic> Diagnostics) Compile(TemplateFiles files)
    {
        var diagnostics = new List<Diagnostic>();
        TemplateChecks.Check(files, SectionPartials, MaxPartialDepth, diagnostics);
        if (diagnostics.Any(d => d.IsError))
        {
            return (null, diagnostics);
        }

        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            TextEncoder = new MarkdownTextEncoder(),
            ThrowOnUnresolvedBindingExpression = true,
            NoEscape = false,
        });
        TemplateHelpers.Register(handlebars);

        foreach (var (name, file) in files.Partials)
        {
            if (TryCompile(handlebars, file, diagnostics) is { } partial)
            {
                handlebars.RegisterTemplate(name, partial);
            }
        }

        var main = TryCompile(handlebars, files.Main, diagnostics);
        return main is null || diagnostics.Any(d => d.IsError) ? (null, diagnostics) : (new TemplateSet(files, main), diagnostics);
    }

    /// <summary>Renders a view; a binding to a field the view lacks becomes BK4005 located in the template.</summary>
    public (string? Text, IReadOnlyList<Diagnostic> Diagnostics) Render(object view)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var diagnostics = Render(view, writer);
        return (diagnostics.Count == 0 ? writer.ToString() : null, diagnostics);
    }

    /// <summary>Renders a view into <paramref name="writer"/>; after an error the writer holds partial output.</summary>
    public IReadOnlyList<Diagnostic> Render(object view, TextWriter writer)
    {
        try
        {
            main(writer, view, new object());
            return [];
        }
        catch (Exception ex) when (ex is HandlebarsException or HandlebarsUndefinedBindingException)
        {
            // Errors inside partials arrive wrapped ("Runtime error while rendering partial …"); an unknown field
            // in the main template arrives bare, as HandlebarsUndefinedBindingException (not a HandlebarsException),
            // which escaped as a crash until the fuzzer found it.
            Exception inner = ex;
            while (inner is not HandlebarsUndefinedBindingException && inner.InnerException is not null)
            {
                inner = inner.InnerException;
            }

            if (inner is HandlebarsUndefinedBindingException binding)
            {
                var (file, span) = Locate(binding.Path);
                return [Codes.UnknownBinding.Create(file, span, binding.Path, " — check the field names in docs/templates.md")];
            }

            return [Codes.TemplateSyntax.Create(Files.Main.Path, TextSpan.FileStart, FirstLine(inner.Message))];
        }
    }

    private static HandlebarsTemplate<TextWriter, object, object>? TryCompile(IHandlebars handlebars, TemplateFile file, List<Diagnostic> diagnostics)
    {
        try
        {
            using var reader = new StringReader(file.Text);
            return handlebars.Compile(reader);
        }
        catch (HandlebarsException ex)
        {
            diagnostics.Add(Codes.TemplateSyntax.Create(file.Path, LocateError(file.Text, ex.Message), FirstLine(ex.Message)));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // Handlebars.Net 2.4 throws these, with internal messages ("Sequence contains more than one matching
            // element", "Value cannot be null. (Parameter 'test')"), for some unbalanced '{{', stray closing blocks
            // and '{{else}}' misplacements; found by the fuzzer.
            diagnostics.Add(Codes.TemplateSyntax.Create(file.Path, LocateUnclosed(file.Text), "the template could not be compiled; look for an unclosed '{{', a closing block ('{{/…}}') without its opening, or a second '{{else}}' in one block"));
            return null;
        }
    }

    /// <summary>The first '{{' that another '{{' follows before any '}}' (an unclosed expression), else the file start.</summary>
    private static TextSpan LocateUnclosed(string text)
    {
        for (var open = text.IndexOf("{{", StringComparison.Ordinal); open >= 0; open = text.IndexOf("{{", open + 2, StringComparison.Ordinal))
        {
            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            var next = text.IndexOf("{{", open + 2, StringComparison.Ordinal);
            if (close < 0 || (next >= 0 && next < close))
            {
                return InputText.Locate(text, open);
            }
        }

        return TextSpan.FileStart;
    }

    /// <summary>Where in the templates a field name is used, for an unknown-binding diagnostic.</summary>
    private (string File, TextSpan Span) Locate(string path)
    {
        var name = path.Split('.', '/').Last();
        foreach (var file in Files.Partials.Values.Prepend(Files.Main))
        {
            var at = file.Text.IndexOf(name, StringComparison.Ordinal);
            while (at >= 0 && !InsideMustache(file.Text, at))
            {
                at = file.Text.IndexOf(name, at + 1, StringComparison.Ordinal);
            }

            if (at >= 0)
            {
                return (file.Path, InputText.Locate(file.Text, at));
            }
        }

        return (Files.Main.Path, TextSpan.FileStart);
    }

    private static bool InsideMustache(string text, int index)
    {
        var open = text.LastIndexOf("{{", index, StringComparison.Ordinal);
        var close = text.LastIndexOf("}}", index, StringComparison.Ordinal);
        return open >= 0 && open > close;
    }

    /// <summary>
    /// Handlebars.Net reports compile errors without a position; find the construct the message names
    /// ('#each', '/if') or use the parser's own "Occured at: line:col".
    /// </summary>
    private static TextSpan LocateError(string text, string message)
    {
        var occurred = System.Text.RegularExpressions.Regex.Match(message, @"Occured at: ?(\d+):(\d+)");
        if (occurred.Success)
        {
            var line = int.Parse(occurred.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
            var column = int.Parse(occurred.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
            return new TextSpan(line, column, line, column, 0, 0);
        }

        // "block expression 'if' was closed" names an unclosed {{#if}}; "closing element '/each'" a stray {{/each}}.
        var quoted = System.Text.RegularExpressions.Regex.Match(message, "'([#/^]?)([^']+)'");
        if (quoted.Success)
        {
            var unclosed = message.Contains("was closed", StringComparison.Ordinal);
            var sigil = quoted.Groups[1].Value.Length > 0 ? quoted.Groups[1].Value : unclosed ? "#" : "/";
            var token = "{{" + sigil + quoted.Groups[2].Value;
            var at = unclosed ? text.LastIndexOf(token, StringComparison.Ordinal) : text.IndexOf(token, StringComparison.Ordinal);
            if (at >= 0)
            {
                return InputText.Locate(text, at);
            }
        }

        return TextSpan.FileStart;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
