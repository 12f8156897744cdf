using System;
using System.Collections.Generic;
using System.Linq;

namespace BriefingKit.Schema.Templates;

/// <summary>
/// The names visible at one point of a template, innermost first: loop variables, a <c>with</c> record's fields,
/// the template's own assignments, then the top level (the briefing's fields, functions, Scriban's built-ins).
/// </summary>
internal sealed class CheckScope
{
    private readonly List<Frame> frames = [];

    public CheckScope(Dictionary<string, ValueShape> topLevel) => frames.Add(new Frame(topLevel, null));

    /// <summary>How many frames are open: loops and <c>with</c> blocks push one each.</summary>
    public int Depth => frames.Count;

    public void Push(Dictionary<string, ValueShape> names) => frames.Add(new Frame(names, null));

    public void PushRecord(RecordShape record) => frames.Add(new Frame(new Dictionary<string, ValueShape>(StringComparer.Ordinal), record));

    public void Pop() => frames.RemoveAt(frames.Count - 1);

    /// <summary>Records an assignment where Scriban keeps it: a plain name is global to the render.</summary>
    public void Assign(string name, ValueShape shape) => frames[0].Names[name] = shape;

    public ValueShape? Find(string name)
    {
        for (var i = frames.Count - 1; i >= 0; i--)
        {
            var frame = frames[i];
            if (frame.Names.TryGetValue(name, out var shape))
            {
                return shape;
            }

            if (frame.Record?.Find(name) is { } member)
            {
                return member.Shape;
            }
        }

        return null;
    }

    /// <summary>Every name visible here, for suggestions.</summary>
    public IEnumerable<string> Names() =>
        frames.SelectMany(f => f.Names.Keys.Concat(f.Record?.Members.Select(m => m.Name) ?? [])).Distinct(StringComparer.Ordinal);

    /// <summary>The names above the top level (loop variables, <c>with</c> fields): what a partial included here also sees.</summary>
    public Dictionary<string, ValueShape> Inner()
    {
        var names = new Dictionary<string, ValueShape>(StringComparer.Ordinal);
        foreach (var frame in frames.Skip(1))
        {
            foreach (var pair in frame.Names)
            {
                names[pair.Key] = pair.Value;
            }

            foreach (var member in frame.Record?.Members ?? EquatableArray<MemberShape>.Empty)
            {
                names[member.Name] = member.Shape;
            }
        }

        return names;
    }

    private sealed record Frame(Dictionary<string, ValueShape> Names, RecordShape? Record);
}
