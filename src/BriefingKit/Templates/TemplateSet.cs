using BriefingKit.Briefing;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Templates;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingKit.Templates;

/// <summary>
/// A parsed, checked set of Scriban Markdown templates. Parse once (about a millisecond for the built-in set) and
/// render many briefings from it. Problems in the templates are located diagnostics, never exceptions.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>Deepest chain of partials a template may include (16).</summary>
    public const int MaxPartialDepth = TemplateRules.MaxPartialDepth;

    /// <summary>The built-in sets, one per preset, each parsed on first use.</summary>
    private static readonly Dictionary<BriefingPreset, Lazy<TemplateSet>> BuiltIn = Enum.GetValues<BriefingPreset>().ToDictionary(
        preset => preset,
        preset => new Lazy<TemplateSet>(() => Compile(TemplateFiles.Embedded(BriefingPresets.Name(preset))).Templates
            ?? throw new InvalidOperationException($"the built-in '{BriefingPresets.Name(preset)}' templates do not compile")));

    /// <summary>The functions every render sees, below the model; read-only, so one object serves all renders.</summary>
    private static readonly ScriptObject Functions = CreateFunctions();

    private readonly Template main;
    private readonly IReadOnlyDictionary<string, Template> partials;
    private readonly PartialLoader loader;

    private TemplateSet(TemplateFiles files, Template main, IReadOnlyDictionary<string, Template> partials, TemplateLimits limits)
    {
        Files = files;
        this.main = main;
        this.partials = partials;
        Limits = limits;
        loader = new PartialLoader(files);
    }

    /// <summary>The built-in templates of the default preset (<see cref="BriefingPreset.Brief"/>), parsed once per process.</summary>
    public static TemplateSet Default => For(BriefingPreset.Brief);

    /// <summary>The built-in templates of a preset, parsed once per process.</summary>
    public static TemplateSet For(BriefingPreset preset) => BuiltIn[preset].Value;

    /// <summary>The files the set was compiled from; diagnostics name their paths.</summary>
    public TemplateFiles Files { get; }

    /// <summary>Bounds on each render; <see cref="WithLimits"/> derives them from the dossier limits.</summary>
    public TemplateLimits Limits { get; }

    /// <summary>Partials a template set must have: one per <see cref="BriefingSection"/> in the layout of the default preset.</summary>
    public static IEnumerable<string> SectionPartials =>
        BriefingSections.All.Select(s => BriefingPresets.Layout(BriefingPreset.Brief, s).Partial);

    /// <summary>Names a template can use at the top level: the briefing's fields and the functions.</summary>
    internal static IEnumerable<string> GlobalNames => TemplateModel.Briefing.Members.Concat(TemplateFunctions.All.Keys).Append("include");

    /// <summary>
    /// Parses and checks every file, reporting every problem found in one pass: syntax, includes, and every name
    /// and member path against the view (the checks <c>dotnet build</c> runs on templates in AdditionalFiles).
    /// </summary>
    public static (TemplateSet? Templates, IReadOnlyList<Diagnostic> Diagnostics) Compile(TemplateFiles files)
    {
        var checkedSet = TemplateChecker.Check(files.ToSource(), ViewShape.Briefing);
        if (checkedSet.HasErrors)
        {
            return (null, checkedSet.Diagnostics);
        }

        var partials = checkedSet.Parsed.Where(p => p.Key.Length > 0).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return (new TemplateSet(files, checkedSet.Parsed[string.Empty], partials, TemplateLimits.Default), checkedSet.Diagnostics);
    }

    /// <summary>The same templates under other render limits (the CLI passes those of <c>--max-entries</c>).</summary>
    public TemplateSet WithLimits(TemplateLimits limits) => limits == Limits ? this : new TemplateSet(Files, main, partials, limits);

    /// <summary>Renders a view; a template error is a located diagnostic and no text.</summary>
    public (string? Text, IReadOnlyList<Diagnostic> Diagnostics) Render(BriefingView view)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var diagnostics = Render(view, writer);
        return (diagnostics.Count == 0 ? writer.ToString() : null, diagnostics);
    }

    /// <summary>Renders a view into <paramref name="writer"/>; after an error the writer holds partial output.</summary>
    public IReadOnlyList<Diagnostic> Render(BriefingView view, TextWriter writer)
    {
        var context = new BriefingTemplateContext(Limits) { TemplateLoader = loader };
        foreach (var (name, template) in partials)
        {
            context.CachedTemplates[name] = template;
        }

        var model = new ScriptObject(StringComparer.Ordinal);
        foreach (var (name, value) in TemplateModel.Briefing.Values(view))
        {
            model.SetValue(name, value, readOnly: true);
        }

        context.PushGlobal(Functions);
        context.PushGlobal(model);
        context.PushOutput(new LimitedOutput(context, writer, Limits.MaxTextLength));
        context.PushSourceFile(Files.Main.Path);
        try
        {
            // Evaluate, not Template.Render: Render returns the whole output as one more string, a copy of
            // megabytes for a large briefing that nobody reads (the caller already has the writer).
            context.Evaluate(main.Page!);
            return [];
        }
        catch (ScriptRuntimeException ex)
        {
            return [TemplateErrors.FromRuntime(Files, ex)];
        }
    }

    private static ScriptObject CreateFunctions()
    {
        var functions = new ScriptObject(StringComparer.Ordinal);
        foreach (var (name, function) in TemplateFunctions.All)
        {
            functions.SetValue(name, function, readOnly: true);
        }

        functions.SetValue("include", new IncludeFunction(), readOnly: true);
        return functions;
    }
}
