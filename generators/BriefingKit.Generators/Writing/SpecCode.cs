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
/// name, so the generated code follows Specs.cs without a hand-kept mirror; a record shape it cannot rebuild is
/// a generator bug and throws. Spans, dates and arrays use the short helpers <c>S</c>, <c>D</c> and <c>A</c>
/// that the emitter declares next to the data.
/// </summary>
internal static class SpecCode
{
    private static readonly ConcurrentDictionary<Type, (ConstructorInfo Constructor, PropertyInfo[] Properties)> Shapes = new();

    /// <summary>Small values that occur thousands of times get a one-letter factory instead of <c>new global::…(…)</c>.</summary>
    public static readonly IReadOnlyDictionary<Type, string> Helpers = new Dictionary<Type, string>
    {
        [typeof(TextSpan)] = "S",
        [typeof(PartialDate)] = "D",
    };

    public static string Expression(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    public static void Write(StringBuilder builder, object? value)
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
            case TextSpan or PartialDate: WriteRecord(builder, value, value.GetType(), Helpers[value.GetType()]); break;
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

    private static void WriteRecord(StringBuilder builder, object value, Type type, string? helper = null)
    {
        var (_, properties) = Shape(type);
        builder.Append(helper ?? "new " + TypeName(type)).Append('(');
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

    private static void WriteArray(StringBuilder builder, IEnumerable items, Type element)
    {
        builder.Append("A<").Append(TypeName(element)).Append(">(");
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            Write(builder, item);
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
