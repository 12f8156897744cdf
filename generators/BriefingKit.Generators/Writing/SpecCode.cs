using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using BriefingKit.Schema;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Model;

namespace BriefingKit.Generators.Writing;

/// <summary>
/// Writes C# expressions that rebuild schema values (spec records, dates, spans, enums, equatable arrays).
/// Records are rebuilt through their primary constructor, parameter by parameter from the property of the same
/// name, so the generated code follows Specs.cs without a hand-kept mirror; a record shape it cannot rebuild is a
/// generator bug and throws. Each record type is built through a short factory the emitter declares next to the
/// data (<c>CitationSpec(…)</c>, <c>S(…)</c> for spans, <c>D(…)</c> for dates, <c>A(…)</c> for arrays, <c>default</c>
/// for an empty array): a 10,000-fact dossier would otherwise spend most of its generated code on type names.
/// </summary>
internal sealed class SpecCode
{
    private static readonly ConcurrentDictionary<Type, (ConstructorInfo Constructor, PropertyInfo[] Properties)> Shapes = new();

    private static readonly IReadOnlyDictionary<Type, string> ShortNames = new Dictionary<Type, string>
    {
        [typeof(TextSpan)] = "S",
        [typeof(PartialDate)] = "D",
    };

    private readonly Dictionary<string, Type> factories = new(StringComparer.Ordinal);

    /// <summary>The factories used so far, by name: the emitter declares each once.</summary>
    public IEnumerable<KeyValuePair<string, Type>> Factories => factories.OrderBy(f => f.Key, StringComparer.Ordinal);

    public string Expression(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    public void Write(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null: builder.Append("null"); break;
            case string s: builder.Append(Text.Literal(s)); break;
            case bool b: builder.Append(b ? "true" : "false"); break;
            case int i: builder.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case long l: builder.Append(l.ToString(CultureInfo.InvariantCulture)).Append('L'); break;
            case decimal d: builder.Append(d.ToString(CultureInfo.InvariantCulture)).Append('m'); break; // keeps the scale: 7000.0m
            case Enum e: WriteEnum(builder, e); break;
            default:
                var type = value.GetType();
                if (ElementType(type) is { } element)
                {
                    WriteArray(builder, (IEnumerable)value, element);
                }
                else
                {
                    WriteRecord(builder, value, type);
                }

                break;
        }
    }

    /// <summary>The element type when <paramref name="type"/> is <c>EquatableArray&lt;T&gt;</c>, else null.</summary>
    public static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>) ? type.GetGenericArguments()[0] : null;

    /// <summary>The C# spelling of a type, fully qualified with <c>global::</c>.</summary>
    public static string TypeName(Type type)
    {
        if (type == typeof(string)) return "string";
        if (type == typeof(int)) return "int";
        if (type == typeof(long)) return "long";
        if (type == typeof(bool)) return "bool";
        if (type == typeof(decimal)) return "decimal";
        if (Nullable.GetUnderlyingType(type) is { } underlying) return TypeName(underlying) + "?";
        var name = type.IsNested ? TypeName(type.DeclaringType!) + "." + type.Name : "global::" + type.Namespace + "." + type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.IndexOf('`');
        return name.Substring(0, tick) + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">";
    }

    /// <summary>Primary constructor and the property feeding each of its parameters.</summary>
    public static (ConstructorInfo Constructor, PropertyInfo[] Properties) Shape(Type type) => Shapes.GetOrAdd(type, t =>
    {
        foreach (var constructor in t.GetConstructors().OrderByDescending(c => c.GetParameters().Length))
        {
            var parameters = constructor.GetParameters();
            var properties = parameters.Select(p => t.GetProperty(p.Name!, BindingFlags.Public | BindingFlags.Instance)).ToArray();
            if (parameters.Length > 0 && properties.All(p => p is not null) &&
                properties.Select((p, i) => p!.PropertyType == parameters[i].ParameterType).All(x => x))
            {
                return (constructor, properties!);
            }
        }

        throw new NotSupportedException($"BriefingKit generator cannot rebuild {t.FullName}: no public constructor whose parameters all match properties.");
    });

    /// <summary>The factory's name for a record type: <c>S</c>, <c>D</c> or the type's own name.</summary>
    public static string FactoryName(Type type) => ShortNames.TryGetValue(type, out var name) ? name : type.Name;

    private void WriteRecord(StringBuilder builder, object value, Type type)
    {
        var (_, properties) = Shape(type);
        var name = FactoryName(type);
        if (factories.TryGetValue(name, out var known) && known != type)
        {
            throw new NotSupportedException($"BriefingKit generator: two spec types are both called {name}.");
        }

        factories[name] = type;
        builder.Append(name).Append('(');
        for (var i = 0; i < properties.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Write(builder, properties[i].GetValue(value));
        }

        builder.Append(')');
    }

    private void WriteArray(StringBuilder builder, IEnumerable items, Type element)
    {
        var list = items.Cast<object>().ToList();
        if (list.Count == 0)
        {
            builder.Append("default"); // default(EquatableArray<T>) is empty and equal to EquatableArray<T>.Empty
            return;
        }

        // A(x, y) infers T when every item has exactly the element type (sealed records, strings).
        var infer = element.IsSealed && list.All(item => item.GetType() == element);
        builder.Append(infer ? "A(" : "A<" + TypeName(element) + ">(");
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Write(builder, list[i]);
        }

        builder.Append(')');
    }

    private static void WriteEnum(StringBuilder builder, Enum value)
    {
        var type = value.GetType();
        var name = Enum.GetName(type, value);
        if (name is null)
        {
            builder.Append("((").Append(TypeName(type)).Append(')').Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)).Append(')');
        }
        else
        {
            builder.Append(TypeName(type)).Append('.').Append(name);
        }
    }
}
