using System;
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Model;
using BriefingKit.Schema.Text;

namespace BriefingKit.Schema.Validation;

/// <summary>
/// Checks what a single entity cannot check alone: unique ids, references that resolve to the right kind,
/// citations to known sources, acyclic agency parents, unused sources and ambiguous aliases.
/// </summary>
internal sealed class ReferenceValidator
{
    private static readonly EntityKind[] People = { EntityKind.Actor, EntityKind.Agency };
    private static readonly EntityKind[] Agencies = { EntityKind.Agency };
    private static readonly EntityKind[] Sources = { EntityKind.Source };
    private static readonly EntityKind[] Facts = { EntityKind.Statistic, EntityKind.Event, EntityKind.Statement, EntityKind.Policy, EntityKind.Claim, EntityKind.Relationship };
    private static readonly EntityKind[] Anything = (EntityKind[])Enum.GetValues(typeof(EntityKind));

    // Each "did you mean" scans every id of the allowed kinds, so thousands of unknown references among
    // thousands of ids once took minutes. Past this many candidate comparisons per file, unknown references
    // are still reported, only without a suggestion: the total work stays linear in the file.
    private const long SuggestionBudget = 50_000;

    private readonly DossierSpec spec;
    private readonly List<Diagnostic> diagnostics;
    private readonly SymbolTable symbols = new();
    private readonly HashSet<string> citedSources = new(StringComparer.Ordinal);
    private long suggestionWork;

    private ReferenceValidator(DossierSpec spec, List<Diagnostic> diagnostics)
    {
        this.spec = spec;
        this.diagnostics = diagnostics;
    }

    public static void Validate(DossierSpec spec, List<Diagnostic> diagnostics)
    {
        var validator = new ReferenceValidator(spec, diagnostics);
        validator.DeclareAll();
        validator.CheckReferences();
        AgencyCycles.Check(spec, diagnostics);
        validator.CheckUnusedSources();
        AliasChecks.Check(spec, diagnostics);
    }

    private void DeclareAll()
    {
        foreach (var s in spec.Sources) Declare(s.Id, EntityKind.Source, s.Span);
        foreach (var a in spec.Actors) Declare(a.Id, EntityKind.Actor, a.Span);
        foreach (var a in spec.Agencies) Declare(a.Id, EntityKind.Agency, a.Span);
        foreach (var p in spec.Policies) Declare(p.Id, EntityKind.Policy, p.Span);
        foreach (var s in spec.Statistics) Declare(s.Id, EntityKind.Statistic, s.Span);
        foreach (var e in spec.Events) Declare(e.Id, EntityKind.Event, e.Span);
        foreach (var s in spec.Statements) Declare(s.Id, EntityKind.Statement, s.Span);
        foreach (var r in spec.Relationships) Declare(r.Id, EntityKind.Relationship, r.Span);
        foreach (var c in spec.Claims) Declare(c.Id, EntityKind.Claim, c.Span);
    }

    private void Declare(string? id, EntityKind kind, TextSpan span)
    {
        if (string.IsNullOrEmpty(id))
        {
            return;
        }

        if (symbols.Declare(id!, kind, span) is { } earlier)
        {
            diagnostics.Add(Codes.DuplicateId.Create(spec.File, span, id, Article(earlier.Kind), earlier.Span.Line));
        }
    }

    private void CheckReferences()
    {
        foreach (var judgment in spec.Metadata.KeyJudgments)
        {
            Refs(judgment.BasedOn, "based-on", Facts, "fact");
        }

        foreach (var actor in spec.Actors)
        {
            Ref(actor.Affiliation, "affiliation", Agencies, "agency");
            foreach (var role in actor.Roles)
            {
                Ref(role.Agency, "agency", Agencies, "agency");
                Cite(role.Citations);
            }
        }

        foreach (var agency in spec.Agencies) Ref(agency.Parent, "parent", Agencies, "agency");

        foreach (var policy in spec.Policies)
        {
            Ref(policy.Owner, "owner", People, "actor or agency");
            Refs(policy.Advocates, "advocates", People, "actor or agency");
            Refs(policy.Critics, "critics", People, "actor or agency");
            foreach (var status in policy.Status) Cite(status.Citations);
        }

        foreach (var statistic in spec.Statistics)
        {
            Ref(statistic.ReportedBy, "reported-by", People, "actor or agency");
            Cite(statistic.Citations);
        }

        foreach (var e in spec.Events)
        {
            Refs(e.Participants, "participants", People, "actor or agency");
            Cite(e.Citations);
        }

        foreach (var statement in spec.Statements)
        {
            Ref(statement.Speaker, "speaker", People, "actor or agency");
            Refs(statement.About, "about", Anything, "entity");
            Cite(statement.Citations);
            QuoteChecks.CheckStatementQuote(spec.File, statement, diagnostics);
        }

        foreach (var relationship in spec.Relationships)
        {
            Ref(relationship.From, "from", People, "actor or agency");
            Ref(relationship.To, "to", People, "actor or agency");
            Cite(relationship.Citations);
        }

        foreach (var claim in spec.Claims)
        {
            // A claim about a claim could chain or loop (c1 → c2 → c1) when the domain model resolves and names it.
            if (symbols.TryGet(claim.Subject.Id, out var kind) && kind == EntityKind.Claim)
            {
                diagnostics.Add(Codes.WrongReferenceKind.Create(spec.File, claim.Subject.Span, claim.Subject.Id, "a claim", "subject", "an entity other than a claim"));
            }
            else
            {
                Ref(claim.Subject, "subject", Anything, "entity");
            }

            Cite(claim.Citations);
        }
    }

    private void Cite(EquatableArray<CitationSpec> citations)
    {
        foreach (var citation in citations)
        {
            var source = citation.Source;
            if (source.Id.Length == 0)
            {
                continue;
            }

            citedSources.Add(source.Id);
            if (!symbols.TryGet(source.Id, out var kind))
            {
                diagnostics.Add(Codes.UnknownSource.Create(spec.File, source.Span, source.Id, DidYouMean(source.Id, Sources)));
            }
            else if (kind != EntityKind.Source)
            {
                diagnostics.Add(Codes.WrongReferenceKind.Create(spec.File, source.Span, source.Id, Article(kind), "source", "a source"));
            }
        }
    }

    private void Refs(EquatableArray<RefSpec> references, string key, EntityKind[] allowed, string expected)
    {
        foreach (var reference in references)
        {
            Ref(reference, key, allowed, expected);
        }
    }

    private void Ref(RefSpec? reference, string key, EntityKind[] allowed, string expected)
    {
        if (reference is null || reference.Id.Length == 0)
        {
            return;
        }

        if (!symbols.TryGet(reference.Id, out var kind))
        {
            diagnostics.Add(Codes.UnknownReference.Create(spec.File, reference.Span, expected, reference.Id, DidYouMean(reference.Id, allowed)));
        }
        else if (Array.IndexOf(allowed, kind) < 0)
        {
            diagnostics.Add(Codes.WrongReferenceKind.Create(spec.File, reference.Span, reference.Id, Article(kind), key, "an " + expected));
        }
    }

    private string DidYouMean(string id, EntityKind[] kinds)
    {
        if (suggestionWork > SuggestionBudget)
        {
            return string.Empty;
        }

        suggestionWork += symbols.Count;
        return Suggestions.DidYouMean(id, symbols.IdsOf(kinds));
    }

    private void CheckUnusedSources()
    {
        foreach (var source in spec.Sources.Where(s => s.Id.Length > 0 && !citedSources.Contains(s.Id)))
        {
            diagnostics.Add(Codes.UnusedSource.Create(spec.File, source.Span, source.Id));
        }
    }

    internal static string Article(EntityKind kind) => kind switch
    {
        EntityKind.Actor or EntityKind.Agency or EntityKind.Event => "an " + Kebab.Of(kind),
        _ => "a " + Kebab.Of(kind),
    };
}
