using BriefingKit.Model;
using BriefingKit.Schema.Model;
using BriefingKit.Schema.Text;
using BriefingKit.Templates;

namespace BriefingKit.Briefing;

/// <summary>
/// Composes a briefing over a dossier. Immutable and fluent: every method returns a new builder, so a
/// base configuration can be shared and varied safely.
/// <code>
/// var briefing = BriefingBuilder.For(dossier)
///     .WithMarking("UNCLASSIFIED // FOR OFFICIAL USE ONLY")
///     .ForAudience("Deputy Secretary")
///     .WithPreset(BriefingPreset.Memo)
///     .Between("2023-12-01", "2023-12-31")
///     .Build();
/// briefing.WriteMarkdown("out/briefing.md");
/// </code>
/// </summary>
public sealed record BriefingBuilder
{
    private BriefingBuilder(Dossier dossier) => Dossier = dossier;

    public Dossier Dossier { get; }

    public BriefingOptions Options { get; private init; } = new();

    public TemplateSet? Templates { get; private init; }

    public static BriefingBuilder For(Dossier dossier) => new(dossier);

    public BriefingBuilder WithTitle(string title) => this with { Options = Options with { Title = title } };

    public BriefingBuilder WithSubtitle(string subtitle) => this with { Options = Options with { Subtitle = subtitle } };

    public BriefingBuilder ForAudience(string audience) => this with { Options = Options with { Audience = audience } };

    public BriefingBuilder WithMarking(string marking) => this with { Options = Options with { Marking = marking } };

    public BriefingBuilder WithAuthor(string author) => this with { Options = Options with { Author = author } };

    public BriefingBuilder AsOf(PartialDate date) => this with { Options = Options with { AsOf = date } };

    public BriefingBuilder AsOf(string date) => AsOf(ParseDate(date, nameof(date)));

    /// <summary>The sections to include, in this order.</summary>
    public BriefingBuilder WithSections(params BriefingSection[] sections) => this with { Options = Options with { Sections = sections.Distinct().ToList() } };

    public BriefingBuilder Without(params BriefingSection[] sections) =>
        this with { Options = Options with { Sections = Options.EffectiveSections.Except(sections).ToList() } };

    /// <summary>The shape of the briefing, and the built-in templates of that name unless <see cref="UsingTemplates"/> chose others.</summary>
    public BriefingBuilder WithPreset(BriefingPreset preset) => this with { Options = Options with { Preset = preset } };

    /// <summary>Keep facts dated (or covering periods) within the range; either end may be null.</summary>
    public BriefingBuilder Between(PartialDate? from, PartialDate? to) => this with { Options = Options with { Filter = Options.Filter with { From = from, To = to } } };

    public BriefingBuilder Between(string? from, string? to) =>
        Between(from is null ? null : ParseDate(from, nameof(from)), to is null ? null : ParseDate(to, nameof(to)));

    public BriefingBuilder InvolvingActors(params string[] idsOrAliases) => this with { Options = Options with { Filter = Options.Filter with { Actors = [.. Options.Filter.Actors, .. idsOrAliases] } } };

    public BriefingBuilder InvolvingActors(params Actor[] actors) => InvolvingActors(actors.Select(a => a.Id).ToArray());

    public BriefingBuilder InvolvingAgencies(params string[] ids) => this with { Options = Options with { Filter = Options.Filter with { Agencies = [.. Options.Filter.Agencies, .. ids] } } };

    public BriefingBuilder InvolvingAgencies(params Agency[] agencies) => InvolvingAgencies(agencies.Select(a => a.Id).ToArray());

    public BriefingBuilder InCountries(params string[] countryCodes) => this with { Options = Options with { Filter = Options.Filter with { Countries = [.. Options.Filter.Countries, .. countryCodes] } } };

    public BriefingBuilder Tagged(params string[] tags) => this with { Options = Options with { Filter = Options.Filter with { Tags = [.. Options.Filter.Tags, .. tags] } } };

    public BriefingBuilder WithOptions(BriefingOptions options) => this with { Options = options };

    /// <summary>Render with a compiled template set instead of the built-in templates.</summary>
    public BriefingBuilder UsingTemplates(TemplateSet templates) => this with { Templates = templates };

    /// <summary>
    /// Checks the selections against the dossier and fixes the content; throws <see cref="ArgumentException"/> naming
    /// any unknown actor or agency. A tag or country nothing carries is a warning in <see cref="Briefing.Warnings"/>.
    /// </summary>
    public Briefing Build()
    {
        var problems = Unknown(Options.Filter.Actors, id => Dossier.Find(id) is Actor || TryActor(id), Dossier.Actors.Select(a => a.Id), "actor")
            .Concat(Unknown(Options.Filter.Agencies, id => Dossier.Find(id) is Agency, Dossier.Agencies.Select(a => a.Id), "agency"))
            .ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems));
        }

        return new Briefing(Dossier, Options, Templates ?? TemplateSet.For(Options.Preset), FilterWarnings.Find(Dossier, Options.Filter));
    }

    private bool TryActor(string idOrAlias)
    {
        try
        {
            Dossier.Actor(idOrAlias);
            return true;
        }
        catch (KeyNotFoundException)
        {
            return false;
        }
    }

    private static IEnumerable<string> Unknown(IEnumerable<string> ids, Func<string, bool> exists, IEnumerable<string> candidates, string kind) =>
        ids.Where(id => !exists(id)).Select(id => $"unknown {kind} '{id}'{Suggestions.DidYouMean(id, candidates)}");

    private static PartialDate ParseDate(string text, string parameter) =>
        PartialDate.TryParse(text, out var date) ? date : throw new ArgumentException($"'{text}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", parameter);
}
