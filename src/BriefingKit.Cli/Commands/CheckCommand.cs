using System.CommandLine;
using System.Text.Json;
using BriefingKit.Loading;
using BriefingKit.Loading.SourceTexts;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Model;

namespace BriefingKit.Cli.Commands;

/// <summary>
/// <c>briefingkit check [files…] [--template NAME|DIR] [--json]</c>: validate dossiers and report every problem;
/// with <c>--template</c>, also check a template set against the briefing view, without rendering.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("dossiers") { Description = "Dossier files to check (default: the bundled seed dossier).", Arity = ArgumentArity.ZeroOrMore };
        Inputs.RejectOptionLikeValues(files);
        var json = new Option<bool>("--json") { Description = "Print diagnostics and entity counts as JSON on standard output." };
        var template = new Option<string?>("--template", "-t") { Description = TemplateOption.Description + " Checked against the briefing view, without rendering." };
        var limits = new LimitOptions();
        var command = new Command("check", "Validate dossiers (and templates) and print located diagnostics.") { files, template, json };
        limits.AddTo(command);
        command.SetAction(parse => (int)Run(Inputs.OrSeed(parse.GetValue(files)), parse.GetValue(template), parse.GetValue(json), limits.Read(parse)));
        return command;
    }

    private static ExitCode Run(IReadOnlyList<string> paths, string? template, bool json, Schema.SchemaLimits limits)
    {
        var diagnostics = new List<Diagnostic>();
        var templateDiagnostics = new List<Diagnostic>();
        var templateLine = template is null ? null : CheckTemplates(template, templateDiagnostics);
        var counts = new EntityCounts();
        var texts = new List<(string Dossier, SourceTextReport Report)>();
        foreach (var path in paths)
        {
            var result = DossierLoader.Load(path, limits);
            diagnostics.AddRange(result.Diagnostics);
            counts.Add(result.Spec);
            texts.AddRange(result.SourceTexts.Select(r => (path, r)));
        }

        var dossierCounts = DiagnosticPrinter.Counts(diagnostics);
        diagnostics.AddRange(templateDiagnostics);
        if (json)
        {
            WriteJson(diagnostics, counts, texts);
        }
        else
        {
            DiagnosticPrinter.ForStandardError().Print(diagnostics);
            Console.Out.WriteLine($"checked {paths.Count} dossier{(paths.Count == 1 ? "" : "s")}: {dossierCounts}; {counts}");
            Console.Out.WriteLine(Verified(texts.Select(t => t.Report).ToList()));
            if (templateLine is not null)
            {
                Console.Out.WriteLine(templateLine);
            }
        }

        return diagnostics.Any(d => d.IsError) ? ExitCode.InputErrors : ExitCode.Success;
    }

    /// <summary>Checks a template set as <c>build</c> would before rendering; returns the summary line ("templates checked: …").</summary>
    private static string CheckTemplates(string template, List<Diagnostic> diagnostics)
    {
        var set = TemplateOption.Load(template, out var found);
        diagnostics.AddRange(found);
        if (set is null)
        {
            return $"templates checked: {template}: {DiagnosticPrinter.Counts(found)}";
        }

        return $"templates checked: {set.Files.Folder} ({set.Files.Partials.Count + 1} files): every name and field is in the briefing view";
    }

    /// <summary>"quotes verified against stored texts: 180 of 216 citations (4 of 5 sources give a text)".</summary>
    internal static string Verified(IReadOnlyList<SourceTextReport> reports)
    {
        var withText = reports.Where(r => r.Text is not null).ToList();
        if (withText.Count == 0)
        {
            return "quotes verified against stored texts: none (no source gives text:)";
        }

        return $"quotes verified against stored texts: {withText.Sum(r => r.Verified):N0} of {reports.Sum(r => r.Citations):N0} citations ({withText.Count} of {reports.Count} sources give a text)";
    }

    private static void WriteJson(List<Diagnostic> diagnostics, EntityCounts counts, List<(string Dossier, SourceTextReport Report)> texts)
    {
        using var stdout = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("code", d.Code);
            writer.WriteString("severity", Diagnostic.SeverityWord(d.Severity));
            writer.WriteString("message", d.Message);
            writer.WriteString("file", d.File);
            writer.WriteNumber("line", d.Line);
            writer.WriteNumber("column", d.Column);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("counts");
        foreach (var (name, value) in counts.Pairs())
        {
            writer.WriteNumber(name, value);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("sourceTexts");
        foreach (var (dossier, report) in texts)
        {
            writer.WriteStartObject();
            writer.WriteString("dossier", dossier);
            writer.WriteString("source", report.SourceId);
            if (report.Text is null)
            {
                writer.WriteNull("text");
            }
            else
            {
                writer.WriteString("text", report.Text);
            }

            writer.WriteNumber("citations", report.Citations);
            writer.WriteNumber("verified", report.Verified);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stdout.WriteByte((byte)'\n');
    }

    /// <summary>Entities per kind, summed over the checked dossiers.</summary>
    private sealed class EntityCounts
    {
        private readonly int[] values = new int[8];

        public void Add(DossierSpec? spec)
        {
            if (spec is null)
            {
                return;
            }

            int[] add = [spec.Sources.Count, spec.Actors.Count, spec.Agencies.Count, spec.Policies.Count, spec.Statistics.Count, spec.Events.Count, spec.Statements.Count, spec.Relationships.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] += add[i];
            }
        }

        public IEnumerable<(string Name, int Value)> Pairs()
        {
            string[] names = ["sources", "actors", "agencies", "policies", "statistics", "events", "statements", "relationships"];
            return names.Zip(values);
        }

        public override string ToString() => string.Join(", ", Pairs().Select(p => $"{p.Value} {p.Name}"));
    }
}
