using System.CommandLine;
using BriefingKit.Briefing;
using BriefingKit.Loading;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Cli.Commands;

/// <summary>
/// <c>briefingkit build [dossiers…] [--out DIR] [--format md,pdf] [--template NAME|DIR] …</c>: render briefings.
/// With no dossier it builds the bundled seed dossier into ./out.
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("dossiers") { Description = "Dossier files to build (default: the bundled seed dossier).", Arity = ArgumentArity.ZeroOrMore };
        Inputs.RejectOptionLikeValues(files);
        var options = new BuildOptions();
        var limits = new LimitOptions();
        var command = new Command("build", "Render briefings from dossiers (the default command).") { files };
        options.AddTo(command);
        limits.AddTo(command);
        command.SetAction(parse => (int)new BuildRun(options.Read(parse), limits.Read(parse)).Run(Inputs.OrSeed(parse.GetValue(files))));
        return command;
    }
}

/// <summary>One <c>build</c> invocation: loads each dossier, renders every format, writes atomically.</summary>
internal sealed class BuildRun(BuildSettings settings, Schema.SchemaLimits limits)
{
    private readonly DiagnosticPrinter printer = DiagnosticPrinter.ForStandardError();
    private readonly List<Diagnostic> all = [];
    private ExitCode worst = ExitCode.Success;

    /// <summary>The stored source texts the dossiers of the last <see cref="Run"/> name, as full paths (for watch).</summary>
    public HashSet<string> SourceTextFiles { get; } = new(StringComparer.Ordinal);

    public ExitCode Run(IReadOnlyList<string> paths)
    {
        // Loading a dossier and compiling the templates are independent; on two cores they overlap, and
        // each next dossier loads while the current one renders. Diagnostics are still reported in order.
        var next = paths.Count > 0 ? LoadAsync(paths[0]) : null;
        var templates = settings.LoadTemplates(out var templateDiagnostics)?.WithLimits(Templates.TemplateLimits.From(limits));
        Report(templateDiagnostics);
        if (templates is null)
        {
            return Finish(paths.Count);
        }

        var renderers = settings.Renderers(out var formatDiagnostics);
        Report(formatDiagnostics);
        if (renderers.Count == 0)
        {
            return Finish(paths.Count);
        }

        var inputs = paths.Select(Path.GetFullPath).Concat(templates.Files.Partials.Values.Prepend(templates.Files.Main).Select(f => f.Path))
            .Where(File.Exists).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            if (paths.Count > 1)
            {
                Console.Error.WriteLine($"[{i + 1}/{paths.Count}] {paths[i]}");
            }

            var loaded = next!.GetAwaiter().GetResult();
            next = i + 1 < paths.Count ? LoadAsync(paths[i + 1]) : null;
            var folder = Path.GetDirectoryName(Path.GetFullPath(paths[i]))!;
            SourceTextFiles.UnionWith(loaded.SourceTexts.Where(r => r.Text is not null).Select(r => Path.GetFullPath(Path.Combine(folder, r.Text!))));
            BuildOne(loaded, templates, renderers, inputs);
        }

        return Finish(paths.Count);
    }

    private Task<DossierLoadResult> LoadAsync(string path) => Task.Run(() => DossierLoader.Load(path, limits));

    private void BuildOne(DossierLoadResult loaded, Templates.TemplateSet templates, IReadOnlyList<Rendering.IBriefingRenderer> renderers, HashSet<string> inputs)
    {
        Report(loaded.Diagnostics);
        if (loaded.Dossier is null)
        {
            return;
        }

        Briefing.Briefing briefing;
        try
        {
            briefing = settings.Compose(BriefingBuilder.For(loaded.Dossier)).UsingTemplates(templates).Build();
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine($"briefingkit: error: {ex.Message}");
            worst = Max(worst, ExitCode.Usage);
            return;
        }

        Report(briefing.Warnings);

        foreach (var renderer in renderers)
        {
            var output = Path.Combine(settings.OutputFolder, loaded.Dossier.Id + renderer.Extension);
            var result = OutputWriter.Write(briefing, renderer, output, inputs, templates.Files.Folder);
            Report(result.Diagnostics);
            worst = Max(worst, result.Exit);
            if (result.Exit == ExitCode.Success)
            {
                Console.Out.WriteLine($"wrote {BundledContent.Display(Path.GetFullPath(output))}");
            }
        }
    }

    private void Report(IReadOnlyList<Diagnostic> diagnostics)
    {
        printer.Print(diagnostics);
        all.AddRange(diagnostics);
        if (diagnostics.Any(d => d.IsError))
        {
            worst = Max(worst, ExitCode.InputErrors);
        }
    }

    private ExitCode Finish(int count)
    {
        if (all.Count > 0 || worst != ExitCode.Success)
        {
            Console.Error.WriteLine($"built {count} dossier{(count == 1 ? "" : "s")}: {DiagnosticPrinter.Counts(all)}");
        }

        return worst;
    }

    private static ExitCode Max(ExitCode a, ExitCode b) => (ExitCode)Math.Max((int)a, (int)b);
}
