using System;

namespace BriefingKit.Schema.Templates;

/// <summary>What a value in a template is, as far as a check before rendering can tell.</summary>
internal enum ValueKind
{
    /// <summary>Not known before rendering (a Scriban function's result, a <c>$local</c>): anything goes.</summary>
    Any,
    Text,
    Flag,
    Number,
    List,

    /// <summary>A view record, such as a person or a footnote: only its fields can be read.</summary>
    Record,

    /// <summary>One of Scriban's built-in function objects (<c>string</c>, <c>array</c>): only its functions can be read.</summary>
    Builtin,
}

/// <summary>
/// The shape of one value: a kind, the shape of a list's items, or the name of a record or built-in object.
/// Records compare by value, so shapes can sit in an incremental generator's pipeline.
/// </summary>
internal sealed record ValueShape(ValueKind Kind, ValueShape? Item = null, string? Name = null)
{
    public static ValueShape Any { get; } = new(ValueKind.Any);

    public static ValueShape Text { get; } = new(ValueKind.Text);

    public static ValueShape Flag { get; } = new(ValueKind.Flag);

    public static ValueShape Number { get; } = new(ValueKind.Number);

    public static ValueShape ListOf(ValueShape item) => new(ValueKind.List, item);

    public static ValueShape RecordNamed(string name) => new(ValueKind.Record, Name: name);

    public static ValueShape BuiltinNamed(string name) => new(ValueKind.Builtin, Name: name);
}

/// <summary>One field of a record as templates name it (snake_case).</summary>
internal sealed record MemberShape(string Name, ValueShape Shape);

/// <summary>A view record: its .NET type name, how messages call it ("a person") and its fields, sorted by name.</summary>
internal sealed record RecordShape(string TypeName, string Description, EquatableArray<MemberShape> Members)
{
    public MemberShape? Find(string name)
    {
        foreach (var member in Members)
        {
            if (member.Name == name)
            {
                return member;
            }
        }

        return null;
    }
}

/// <summary>
/// The model a template renders: the root record (the briefing, whose fields are the template's top-level names)
/// and every record reachable from it, sorted by type name. Built from Roslyn symbols in the generator and from
/// reflection in the library by one <see cref="ModelShapeBuilder"/>, so both check against the same shape.
/// </summary>
internal sealed record ModelShape(string Root, EquatableArray<RecordShape> Records)
{
    public RecordShape? Find(string typeName)
    {
        foreach (var record in Records)
        {
            if (record.TypeName == typeName)
            {
                return record;
            }
        }

        return null;
    }

    public RecordShape RootRecord => Find(Root) ?? throw new InvalidOperationException($"the model has no root record '{Root}'");
}
