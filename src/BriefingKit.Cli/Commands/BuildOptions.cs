using System.CommandLine;
using BriefingKit.Briefing;
using BriefingKit.Pdf;
using BriefingKit.Rendering;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Text;
using BriefingKit.Templates;

namespace BriefingKit.Cli.Commands;

/// <summary>The options of <c>build</c> (and the default command).</summary>
internal sealed class BuildOptions
{
    private readonly Option<string> output = new("--out", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "out" };
    private readonly Option<string> formats = new("--format", "-f") { Description = $"Comma-separated output formats ({string.Join(", ", OutputFormats.Renderers.Formats)}).", DefaultValueFactory = _ => OutputFormats.DefaultFormats };
    private readonly Option<string?> template = new("--template", "-t") { Description = TemplateOption.Description };
    private readonly Option<string[]> sections = new("--section") { Description = $"Sections to include, in order (repeatable): {string.Join(", ", BriefingSections.All.Select(BriefingSections.PartialName))}.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string?> title = new("--title") { Description = "Briefing title (default: the dossier's)." };
    private readonly Option<string?> marking = new("--marking") { Description = "Handling marking (default: the dossier's)." };
    private readonly Option<string?> audience = new("--audience") { Description = "Audience line (default: the dossier's)." };
    private readonly Option<string?> asOf = new("--as-of") { Description = "Briefing date, YYYY-MM-DD (default: the dossier's as-of date)." };
    private readonly Option<string?> from = new("--from") { Description = "Keep facts on or after this date." };
    private readonly Option<string?> to = new("--to") { Description = "Keep facts on or before this date." };
    private readonly Option<string[]> actors = new("--actor") { Description = "Keep facts involving these actors (ids or aliases; repeatable)." };
    private readonly Option<string[]> agencies = new("--agency") { Description = "Keep facts involving these agencies and their staff (repeatable)." };
    private readonly Option<string[]> countries = new("--country") { Description = "Keep facts involving parties of these countries (ISO codes; repeatable)." };
    private readonly Option<string[]> tags = new("--tag") { Description = "Keep facts carrying any of these tags (repeatable)." };
    private readonly Option<PdfPageSize> pageSize = new("--page-size") { Description = "PDF paper size: Letter or A4.", DefaultValueFactory = _ => PdfPageSize.Letter };
    private readonly Option<bool> endnotes = new("--endnotes") { Description = "PDF: print notes at the end instead of at the foot of each page." };
    private readonly Option<string[]> fontFolders = new("--font-folder") { Description = "PDF: folder searched for fonts before the system folders (repeatable)." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { output, formats, template, sections, title, marking, audience, asOf, from, to, actors, agencies, countries, tags, pageSize, endnotes, fontFolders })
        {
            command.Options.Add(option);
        }

        sections.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => !BriefingSections.TryParse(t.Value, out _)))
            {
                var names = BriefingSections.All.Select(BriefingSections.PartialName).ToList();
                result.AddError($"unknown section '{token.Value}'{Suggestions.DidYouMean(token.Value, names)}; sections: {string.Join(", ", names)}");
            }
        });
        foreach (var dateOption in new[] { asOf, from, to })
        {
            dateOption.Validators.Add(result =>
            {
                var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
                if (value is not null && !Schema.Model.PartialDate.TryParse(value, out _))
                {
                    result.AddError($"{result.Option.Name}: '{value}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
                }
            });
        }
    }

    public BuildSettings Read(ParseResult parse) => new(
        parse.GetValue(output)!,
        parse.GetValue(formats)!,
        parse.GetValue(template),
        (parse.GetValue(sections) ?? []).Select(s => BriefingSections.TryParse(s, out var section) ? section : default).ToList(),
        parse.GetValue(title),
        parse.GetValue(marking),
        parse.GetValue(audience),
        parse.GetValue(asOf),
        parse.GetValue(from),
        parse.GetValue(to),
        parse.GetValue(actors) ?? [],
        parse.GetValue(agencies) ?? [],
        parse.GetValue(countries) ?? [],
        parse.GetValue(tags) ?? [],
        new PdfBriefingOptions
        {
            PageSize = parse.GetValue(pageSize),
            Footnotes = parse.GetValue(endnotes) ? FootnotePlacement.Endnotes : FootnotePlacement.PageBottom,
            FontFolders = parse.GetValue(fontFolders) ?? [],
        });
}

/// <summary>What <c>build</c> was asked to do, independent of the command-line parser.</summary>
internal sealed record BuildSettings(
    string OutputFolder, string Formats, string? Template, IReadOnlyList<BriefingSection> Sections, string? Title, string? Marking,
    string? Audience, string? AsOf, string? From, string? To, string[] Actors, string[] Agencies, string[] Countries, string[] Tags,
    PdfBriefingOptions Pdf)
{
    /// <summary>The preset <c>--template</c> names; a template folder gets the default preset's view.</summary>
    public BriefingPreset Preset => TemplateOption.Preset(Template);

    /// <summary>Applies the settings to a builder; the API does exactly what the CLI does.</summary>
    public BriefingBuilder Compose(BriefingBuilder builder)
    {
        builder = builder.WithPreset(Preset);
        if (Title is not null) builder = builder.WithTitle(Title);
        if (Marking is not null) builder = builder.WithMarking(Marking);
        if (Audience is not null) builder = builder.ForAudience(Audience);
        if (AsOf is not null) builder = builder.AsOf(AsOf);
        if (Sections.Count > 0) builder = builder.WithSections([.. Sections]);
        if (From is not null || To is not null) builder = builder.Between(From, To);
        if (Actors.Length > 0) builder = builder.InvolvingActors(Actors);
        if (Agencies.Length > 0) builder = builder.InvolvingAgencies(Agencies);
        if (Countries.Length > 0) builder = builder.InCountries(Countries);
        if (Tags.Length > 0) builder = builder.Tagged(Tags);
        return builder;
    }

    public TemplateSet? LoadTemplates(out IReadOnlyList<Diagnostic> diagnostics) => TemplateOption.Load(Template, out diagnostics);

    public IReadOnlyList<IBriefingRenderer> Renderers(out IReadOnlyList<Diagnostic> diagnostics)
    {
        var found = new List<Diagnostic>();
        var list = new List<IBriefingRenderer>();
        var available = OutputFormats.For(Pdf);
        foreach (var format in Formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (available.TryGet(format, out var renderer))
            {
                list.Add(renderer);
            }
            else
            {
                var known = available.Formats.ToList();
                found.Add(Codes.UnknownFormat.Create("--format", TextSpan.FileStart, format, Suggestions.DidYouMean(format, known), string.Join(", ", known)));
            }
        }

        diagnostics = found;
        return found.Count > 0 ? [] : list;
    }
}
