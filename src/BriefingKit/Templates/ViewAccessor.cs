using BriefingKit.Schema.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefingKit.Templates;

/// <summary>
/// Read-only template access to one view record through a fixed table of snake_case names and getters: no
/// reflection at render time (fast, and safe under trimming and Native AOT), and a member list to suggest
/// from when a template misspells one.
/// </summary>
internal sealed class ViewAccessor<T> : IViewAccessor
    where T : class
{
    private readonly Dictionary<string, Func<T, object?>> getters;

    public ViewAccessor(params (string Name, Func<T, object?> Get)[] members)
    {
        Description = ViewShape.Briefing.Find(typeof(T).Name)?.Description ?? ModelShapeBuilder.Describe(typeof(T).Name);
        getters = members.ToDictionary(m => m.Name, m => m.Get, StringComparer.Ordinal);
        Members = [.. members.Select(m => m.Name)];
    }

    public string Description { get; }

    public Type Target => typeof(T);

    public IReadOnlyList<string> Members { get; }

    public bool HasIndexer => false;

    public Type? IndexType => null;

    public IEnumerable<KeyValuePair<string, object?>> Values(object target) =>
        getters.Select(g => new KeyValuePair<string, object?>(g.Key, g.Value((T)target)));

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => Members;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => getters.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (getters.TryGetValue(member, out var get))
        {
            value = get((T)target);
            return true;
        }

        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
}

/// <summary>A <see cref="ViewAccessor{T}"/> seen without its type: what it describes and the names it serves.</summary>
internal interface IViewAccessor : IObjectAccessor
{
    /// <summary>What the record is, for messages: "a person", "the briefing".</summary>
    string Description { get; }

    /// <summary>The record type it reads.</summary>
    Type Target { get; }

    IReadOnlyList<string> Members { get; }

    IEnumerable<KeyValuePair<string, object?>> Values(object target);
}
