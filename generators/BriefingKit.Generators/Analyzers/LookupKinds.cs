using System;
using System.Collections.Generic;
using BriefingKit.Schema.Model;
using Microsoft.CodeAnalysis;

namespace BriefingKit.Generators.Analyzers;

/// <summary>Which entity kinds a <c>Dossier</c> lookup method accepts, and how a message names them.</summary>
internal sealed class LookupKinds
{
    private static readonly EntityKind[] All = (EntityKind[])Enum.GetValues(typeof(EntityKind));
    private static readonly EntityKind[] Parties = { EntityKind.Actor, EntityKind.Agency };
    private static readonly EntityKind[] Cited = { EntityKind.Policy, EntityKind.Statistic, EntityKind.Event, EntityKind.Statement, EntityKind.Relationship, EntityKind.Claim };

    private LookupKinds(IReadOnlyCollection<EntityKind> kinds, string description)
    {
        Kinds = kinds;
        Description = description;
    }

    public IReadOnlyCollection<EntityKind> Kinds { get; }

    /// <summary>"actor", "actor or agency", "entity".</summary>
    public string Description { get; }

    /// <summary>The kinds a lookup method accepts, or null when it is not a lookup by id.</summary>
    public static LookupKinds? For(IMethodSymbol method) => method.Name switch
    {
        "Actor" or "Agency" or "Source" or "Policy" or "Statistic" or "Event" or "Statement" when method.TypeArguments.IsEmpty =>
            One((EntityKind)Enum.Parse(typeof(EntityKind), method.Name)),
        "Find" => new LookupKinds(All, "entity"),
        "Get" when method.TypeArguments.Length == 1 => ForType(method.TypeArguments[0]),
        _ => null,
    };

    public static string Article(EntityKind kind) =>
        (kind is EntityKind.Actor or EntityKind.Agency or EntityKind.Event ? "an " : "a ") + Kebab.Of(kind);

    private static LookupKinds ForType(ITypeSymbol type)
    {
        if (type.ContainingNamespace?.ToDisplayString() != "BriefingKit.Model")
        {
            return new LookupKinds(All, "entity");
        }

        return type.Name switch
        {
            "IParty" => new LookupKinds(Parties, "actor or agency"),
            "ICited" => new LookupKinds(Cited, "cited fact"),
            _ when Enum.TryParse<EntityKind>(type.Name, out var kind) => One(kind),
            _ => new LookupKinds(All, "entity"),
        };
    }

    private static LookupKinds One(EntityKind kind) => new(new[] { kind }, Kebab.Of(kind));
}
