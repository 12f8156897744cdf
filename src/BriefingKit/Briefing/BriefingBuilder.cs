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

    /// <summary>The dossier the briefing is composed over.</summary>
    public Dossier Dossier { get; }

    /// <summary>The options set so far; unset values fall back to the dossier's.</summary>
    public BriefingOptions Options { get; private init; } = new();

    /// <summary>The templates chosen with <see cref="UsingTemplates"/>; null for the preset's built-in set.</summary>
    public TemplateSet? Templates { get; private init; }

    /// <summary>Starts a builder with default options: the <see cref="BriefingPreset.Brief"/> preset, no filter, the dossier's metadata.</summary>
    public static BriefingBuilder For(Dossier dossier) => new(dossier);

    /// <summary>Prints this title instead of the dossier's.</summary>
    public BriefingBuilder WithTitle(string title) => this with { Options = Options with { Title = title } };

    /// <summary>Prints this subtitle instead of the dossier's.</summary>
    public BriefingBuilder WithSubtitle(string subtitle) => this with { Options = Options with { Subtitle = subtitle } };

    /// <summary>Prints this audience line ("Deputy Secretary") instead of the dossier's.</summary>
    public BriefingBuilder ForAudience(string audience) => this with { Options = Options with { Audience = audience } };

    /// <summary>Prints this handling marking instead of the dossier's.</summary>
    public BriefingBuilder WithMarking(string marking) => this with { Options = Options with { Marking = marking } };

    /// <summary>Names this analyst or team instead of the dossier's author.</summary>
    public BriefingBuilder WithAuthor(string author) => this with { Options = Options with { Author = author } };

    /// <summary>Dates the briefing: roles, policy statuses and "in play" are read at this date instead of the dossier's <c>as-of</c>.</summary>
    public BriefingBuilder AsOf(PartialDate date) => this with { Options = Options with { AsOf = date } };

    /// <summary>Dates the briefing from text: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not a date in one of those forms.</exception>
    public BriefingBuilder AsOf(string date) => AsOf(ParseDate(date, nameof(date)));

    /// <summary>The sections to include, in this order.</summary>
    public BriefingBuilder WithSections(params BriefingSection[] sections) => this with { Options = Options with { Sections = sections.Distinct().ToList() } };

    /// <summary>Leaves these sections out of the current selection (the preset's sections unless <see cref="WithSections"/> chose others).</summary>
    public BriefingBuilder Without(params BriefingSection[] sections) =>
        this with { Options = Options with { Sections = Options.EffectiveSections.Except(sections).ToList() } };

    /// <summary>The shape of the briefing, and the built-in templates of that name unless <see cref="UsingTemplates"/> chose others.</summary>
    public BriefingBuilder WithPreset(BriefingPreset preset) => this with { Options = Options with { Preset = preset } };

    /// <summary>Keep facts dated (or covering periods) within the range; either end may be null.</summary>
    public BriefingBuilder Between(PartialDate? from, PartialDate? to) => this with { Options = Options with { Filter = Options.Filter with { From = from, To = to } } };

    /// <summary>Keeps facts dated within the range, dates given as text (<c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>); either end may be null.</summary>
    /// <exception cref="ArgumentException">A bound is not a date in one of those forms.</exception>
    public BriefingBuilder Between(string? from, string? to) =>
        Between(from is null ? null : ParseDate(from, nameof(from)), to is null ? null : ParseDate(to, nameof(to)));

    /// <summary>Keeps facts that involve these actors (by id, name or alias) or any other selected party; adds to earlier selections.</summary>
    /// <remarks><see cref="Build"/> throws <see cref="ArgumentException"/> for a name no actor has.</remarks>
    public BriefingBuilder InvolvingActors(params string[] idsOrAliases) => this with { Options = Options with { Filter = Options.Filter with { Actors = [.. Options.Filter.Actors, .. idsOrAliases] } } };

    /// <summary>Keeps facts that involve these actors or any other selected party; adds to earlier selections.</summary>
    public BriefingBuilder InvolvingActors(params Actor[] actors) => InvolvingActors(actors.Select(a => a.Id).ToArray());

    /// <summary>Keeps facts that involve these agencies, their staff or sub-agencies, or any other selected party; adds to earlier selections.</summary>
    /// <remarks><see cref="Build"/> throws <see cref="ArgumentException"/> for an id no agency has.</remarks>
    public BriefingBuilder InvolvingAgencies(params string[] ids) => this with { Options = Options with { Filter = Options.Filter with { Agencies = [.. Options.Filter.Agencies, .. ids] } } };

    /// <summary>Keeps facts that involve these agencies, their staff or sub-agencies, or any other selected party; adds to earlier selections.</summary>
    public BriefingBuilder InvolvingAgencies(params Agency[] agencies) => InvolvingAgencies(agencies.Select(a => a.Id).ToArray());

    /// <summary>Keeps facts that involve actors or agencies of these countries (ISO 3166-1 alpha-2: <c>US</c>, <c>MX</c>) or any other selected party.</summary>
    /// <remarks>A country no actor or agency belongs to is a warning (BK5006) in <see cref="Briefing.Warnings"/>.</remarks>
    public BriefingBuilder InCountries(params string[] countryCodes) => this with { Options = Options with { Filter = Options.Filter with { Countries = [.. Options.Filter.Countries, .. countryCodes] } } };

    /// <summary>Keeps only the events, statements, statistics and policies that carry any of these tags; adds to earlier tags.</summary>
    /// <remarks>A tag nothing carries is a warning (BK5006) in <see cref="Briefing.Warnings"/>.</remarks>
    public BriefingBuilder Tagged(params string[] tags) => this with { Options = Options with { Filter = Options.Filter with { Tags = [.. Options.Filter.Tags, .. tags] } } };

    /// <summary>Replaces every option set so far, filter included.</summary>
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
