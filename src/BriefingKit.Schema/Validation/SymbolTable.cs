using System.Collections.Generic;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Model;

namespace BriefingKit.Schema.Validation;

/// <summary>Every id in a dossier with the kind of entity it names and where it was declared.</summary>
internal sealed class SymbolTable
{
    private readonly Dictionary<string, (EntityKind Kind, TextSpan Span)> symbols = new(System.StringComparer.Ordinal);

    public IEnumerable<string> Ids => symbols.Keys;

    public int Count => symbols.Count;

    public bool TryGet(string id, out EntityKind kind)
    {
        var found = symbols.TryGetValue(id, out var entry);
        kind = entry.Kind;
        return found;
    }

    public IEnumerable<string> IdsOf(IReadOnlyCollection<EntityKind> kinds)
    {
        foreach (var pair in symbols)
        {
            if (((ICollection<EntityKind>)kinds).Contains(pair.Value.Kind))
            {
                yield return pair.Key;
            }
        }
    }

    /// <summary>Declares an id; returns the earlier declaration when the id is taken.</summary>
    public (EntityKind Kind, TextSpan Span)? Declare(string id, EntityKind kind, TextSpan span)
    {
        if (symbols.TryGetValue(id, out var existing))
        {
            return existing;
        }

        symbols.Add(id, (kind, span));
        return null;
    }
}
