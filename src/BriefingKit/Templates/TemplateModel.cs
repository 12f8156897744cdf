using BriefingKit.Briefing;

namespace BriefingKit.Templates;

/// <summary>
/// What templates see of the briefing view: every record's members under snake_case names (Scriban's own
/// convention: <c>as_of_iso</c>, <c>key_judgments</c>). docs/templates.md documents each one; a test checks that
/// every property of every view record is here, so a new property cannot be forgotten.
/// </summary>
internal static class TemplateModel
{
    private static readonly object True = true;
    private static readonly object False = false;

    public static readonly ViewAccessor<BriefingView> Briefing = new(
        ("dossier_id", v => v.DossierId),
        ("title", v => v.Title),
        ("subtitle", v => v.Subtitle),
        ("marking", v => v.Marking),
        ("as_of", v => v.AsOf),
        ("as_of_iso", v => v.AsOfIso),
        ("audience", v => v.Audience),
        ("author", v => v.Author),
        ("sections", v => v.Sections),
        ("bottom_line", v => v.BottomLine),
        ("key_judgments", v => v.KeyJudgments),
        ("headline_figures", v => v.HeadlineFigures),
        ("more_figures", v => v.MoreFigures),
        ("watch_next", v => v.WatchNext),
        ("summary", v => v.Summary),
        ("timeline", v => v.Timeline),
        ("people", v => v.People),
        ("unnamed_officials", v => v.UnnamedOfficials),
        ("agencies", v => v.Agencies),
        ("policies", v => v.Policies),
        ("numbers", v => v.Numbers),
        ("discrepancies", v => v.Discrepancies),
        ("statements", v => v.Statements),
        ("sources", v => v.Sources),
        ("footnotes", v => v.Footnotes));

    private static readonly Dictionary<Type, IViewAccessor> Records = new IViewAccessor[]
    {
        Briefing,
        new ViewAccessor<SectionView>(
            
            ("partial", s => s.Partial),
            ("title", s => s.Title),
            ("is_empty", s => s.IsEmpty ? True : False),
            ("part", s => s.Part)),
        new ViewAccessor<HeadlineFigureView>(
            
            ("figure", h => h.Figure),
            ("description", h => h.Description),
            ("period", h => h.Period),
            ("sources", h => h.Sources),
            ("sources_differ", h => h.SourcesDiffer ? True : False),
            ("notes", h => h.Notes)),
        new ViewAccessor<WatchItemView>(
            
            ("date", w => w.Date),
            ("text", w => w.Text),
            ("notes", w => w.Notes)),
        new ViewAccessor<KeyJudgmentView>(
            
            ("confidence", k => k.Confidence),
            ("text", k => k.Text),
            ("notes", k => k.Notes)),
        new ViewAccessor<TimelineRowView>(
            
            ("date", t => t.Date),
            ("kind", t => t.Kind),
            ("text", t => t.Text),
            ("who", t => t.Who),
            ("notes", t => t.Notes)),
        new ViewAccessor<PersonView>(
            
            ("name", p => p.Name),
            ("role", p => p.Role),
            ("country", p => p.Country),
            ("aliases", p => p.Aliases),
            ("notes", p => p.Notes)),
        new ViewAccessor<AgencyView>(
            
            ("name", a => a.Name),
            ("short", a => a.Short),
            ("kind", a => a.Kind),
            ("country", a => a.Country),
            ("part_of", a => a.PartOf)),
        new ViewAccessor<PolicyView>(
            
            ("name", p => p.Name),
            ("description", p => p.Description),
            ("owner", p => p.Owner),
            ("status", p => p.Status),
            ("status_date", p => p.StatusDate),
            ("status_note", p => p.StatusNote),
            ("advocates", p => p.Advocates),
            ("critics", p => p.Critics),
            ("notes", p => p.Notes),
            ("history", p => p.History)),
        new ViewAccessor<PolicyStatusView>(
            
            ("date", s => s.Date),
            ("status", s => s.Status),
            ("note", s => s.Note),
            ("notes", s => s.Notes)),
        new ViewAccessor<NumberView>(
            
            ("figure", n => n.Figure),
            ("description", n => n.Description),
            ("period", n => n.Period),
            ("where", n => n.Where),
            ("reported_by", n => n.ReportedBy),
            ("sources", n => n.Sources),
            ("notes", n => n.Notes)),
        new ViewAccessor<DiscrepancyView>(
            
            ("topic", d => d.Topic),
            ("severity", d => d.Severity),
            ("kind", d => d.Kind),
            ("items", d => d.Items),
            ("explanation", d => d.Explanation)),
        new ViewAccessor<DiscrepancyItemView>(
            
            ("wording", i => i.Wording),
            ("sources", i => i.Sources),
            ("notes", i => i.Notes)),
        new ViewAccessor<StatementView>(
            
            ("speaker", s => s.Speaker),
            ("speaker_role", s => s.SpeakerRole),
            ("date", s => s.Date),
            ("quote", s => s.Quote),
            ("paraphrase", s => s.Paraphrase),
            ("via", s => s.Via),
            ("medium", s => s.Medium),
            ("notes", s => s.Notes)),
        new ViewAccessor<SourceView>(
            
            ("id", s => s.Id),
            ("outlet", s => s.Outlet),
            ("title", s => s.Title),
            ("authors", s => s.Authors),
            ("published", s => s.Published),
            ("reliability", s => s.Reliability),
            ("reliability_meaning", s => s.ReliabilityMeaning),
            ("kind", s => s.Kind),
            ("url", s => s.Url),
            ("provenance", s => s.Provenance)),
        new ViewAccessor<FootnoteView>(
            
            ("number", f => f.Number),
            ("outlet", f => f.Outlet),
            ("title", f => f.Title),
            ("published", f => f.Published),
            ("reliability", f => f.Reliability),
            ("credibility", f => f.Credibility),
            ("grade", f => f.Grade),
            ("quote", f => f.Quote),
            ("locator", f => f.Locator),
            ("url", f => f.Url),
            ("is_passage", f => f.IsPassage ? True : False),
            ("excerpt", f => f.Excerpt),
            ("first_of_source", f => f.FirstOfSource ? True : False),
            ("basis", f => f.Basis)),
    }.ToDictionary(a => a.Target);

    /// <summary>The record types templates can read, with their accessors (for the documentation test).</summary>
    public static IReadOnlyDictionary<Type, IViewAccessor> Accessors => Records;

    public static IViewAccessor? For(Type type) => Records.GetValueOrDefault(type);
}
