using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Scriban.Runtime;

namespace BriefingKit.Schema.Templates;

/// <summary>How <see cref="ModelShapeBuilder"/> reads a type system: .NET reflection in the library, Roslyn symbols in the generator.</summary>
internal interface ITypeReader<TType>
{
    /// <summary>The type's name without namespace (<c>PersonView</c>).</summary>
    string Name(TType type);

    /// <summary>The public instance properties templates can read.</summary>
    IEnumerable<(string Name, TType Type)> Properties(TType type);

    /// <summary>Text, Flag or Number for a string, bool or number type (nullable or not); null otherwise.</summary>
    ValueKind? Scalar(TType type);

    /// <summary>The item type when the type is a list (an <c>IEnumerable&lt;T&gt;</c> other than string); otherwise false.</summary>
    bool TryGetItem(TType type, out TType item);

    /// <summary>True for a class or record whose properties templates read as fields.</summary>
    bool IsRecord(TType type);
}

/// <summary>
/// Builds the <see cref="ModelShape"/> of a view model from its root type. Field names are Scriban's own
/// snake_case renaming of the property names (<c>AsOfIso</c> → <c>as_of_iso</c>), as the library serves them.
/// </summary>
internal static class ModelShapeBuilder
{
    public static ModelShape Build<TType>(TType root, ITypeReader<TType> reader)
    {
        var records = new Dictionary<string, RecordShape>(StringComparer.Ordinal);
        var pending = new Queue<TType>();
        var rootName = reader.Name(root);
        pending.Enqueue(root);
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            var name = reader.Name(type);
            if (records.ContainsKey(name))
            {
                continue;
            }

            var members = reader.Properties(type)
                .Select(p => new MemberShape(StandardMemberRenamer.Rename(p.Name), Shape(p.Type, reader, pending)))
                .OrderBy(m => m.Name, StringComparer.Ordinal);
            records[name] = new RecordShape(name, name == rootName ? "the briefing" : Describe(name), new EquatableArray<MemberShape>(members));
        }

        return new ModelShape(rootName, new EquatableArray<RecordShape>(records.Values.OrderBy(r => r.TypeName, StringComparer.Ordinal)));
    }

    /// <summary>How a message names a record type: <c>HeadlineFigureView</c> → "a headline figure", <c>AgencyView</c> → "an agency".</summary>
    public static string Describe(string typeName)
    {
        var name = typeName.EndsWith("View", StringComparison.Ordinal) ? typeName.Substring(0, typeName.Length - 4) : typeName;
        var words = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        var text = words.ToString();
        return (text.Length > 0 && "aeiou".IndexOf(text[0]) >= 0 ? "an " : "a ") + text;
    }

    private static ValueShape Shape<TType>(TType type, ITypeReader<TType> reader, Queue<TType> pending)
    {
        if (reader.Scalar(type) is { } scalar)
        {
            return new ValueShape(scalar);
        }

        if (reader.TryGetItem(type, out var item))
        {
            return ValueShape.ListOf(Shape(item, reader, pending));
        }

        if (reader.IsRecord(type))
        {
            pending.Enqueue(type);
            return ValueShape.RecordNamed(reader.Name(type));
        }

        return ValueShape.Any;
    }
}
