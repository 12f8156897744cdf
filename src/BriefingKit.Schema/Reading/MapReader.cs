using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Model;
using BriefingKit.Schema.Yaml;

namespace BriefingKit.Schema.Reading;

/// <summary>
/// Reads one YAML mapping against the schema: each accessor both declares a key as known and reads its
/// value, reporting wrong types and bad formats at the value. <see cref="Finish"/> then reports every key
/// no accessor asked for, with the nearest known key as a suggestion.
/// </summary>
internal sealed class MapReader
{
    private readonly YamlMapping map;
    private readonly ReadContext context;
    // Rented from the context (sized for a typical entity, about a dozen keys) and handed back by Finish, so
    // the lists are reused from one mapping to the next.
    private List<string>? knownKeys;

    public MapReader(YamlMapping map, ReadContext context, string description)
    {
        this.map = map;
        this.context = context;
        Description = description;
        knownKeys = context.RentKeyList();
    }

    /// <summary>How messages name this mapping, e.g. "actor 'blinken'".</summary>
    public string Description { get; set; }

    public TextSpan Span => map.Span;

    public YamlNode? Node(string key)
    {
        // Accessors often ask for the same key twice in a row (Id → Text → Node); record it once.
        var keys = knownKeys ??= context.RentKeyList();
        if (keys.Count == 0 || keys[keys.Count - 1] != key)
        {
            keys.Add(key);
        }

        foreach (var entry in map.EntryArray)
        {
            if (entry.Key == key)
            {
                return entry.Value is YamlScalar { IsNull: true } ? null : entry.Value;
            }
        }

        return null;
    }

    public string? Text(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            return Missing<string>(key, required);
        }

        if (node is not YamlScalar scalar)
        {
            context.Report(Codes.WrongType, node.Span, key, "text", node.KindName);
            return null;
        }

        if (required && scalar.Value.Trim().Length == 0)
        {
            context.Report(Codes.EmptyValue, node.Span, key);
            return null;
        }

        return scalar.Value;
    }

    public string Required(string key) => Text(key, required: true) ?? string.Empty;

    public string Id(string key = "id")
    {
        var node = Node(key);
        var id = Text(key, required: true);
        if (id is not null && !Kebab.IsValidId(id))
        {
            var suggestion = Kebab.Suggest(id);
            context.Report(Codes.InvalidId, node!.Span, id, suggestion.Length > 0 ? $" — did you mean '{suggestion}'?" : string.Empty);
        }

        return id ?? string.Empty;
    }

    public PartialDate? Date(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text.Trim(), out var date))
        {
            return date;
        }

        context.Report(Codes.InvalidDate, Node(key)!.Span, text, key);
        return null;
    }

    public Period? Period(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalar:
                return Date(key) is { } date ? Model.Period.Of(date) : null;
            case YamlMapping range:
                var reader = new MapReader(range, context, $"'{key}'");
                var from = reader.Date("from");
                var to = reader.Date("to");
                reader.Finish();
                if (from is null && to is null)
                {
                    context.Report(Codes.MissingField, range.Span, $"'{key}'", "from");
                    return null;
                }

                if (from is { } f && to is { } t && f.Start > t.End)
                {
                    context.Report(Codes.ReversedRange, range.Span, f.ToString(), t.ToString());
                    return null;
                }

                return new Period(from, to);
            default:
                context.Report(Codes.WrongType, node.Span, key, "a date or a {from, to} mapping", node.KindName);
                return null;
        }
    }

    public TEnum? Choice<TEnum>(string key, string vocabulary, bool required = false)
        where TEnum : struct, Enum
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (Kebab.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        var names = Kebab.Names<TEnum>();
        context.Report(Codes.InvalidChoice, Node(key)!.Span, text, vocabulary, context.DidYouMean(text, names), string.Join(", ", names));
        return null;
    }

    public decimal? Number(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length > 0 && trimmed.Length <= 30 && IsNumberText(trimmed)
            && decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        context.Report(Codes.InvalidNumber, Node(key)!.Span, text, key);
        return null;
    }

    public int? Integer(string key, int min, int max)
    {
        var value = Number(key);
        if (value is null)
        {
            return null;
        }

        if (value != decimal.Truncate(value.Value) || value < min || value > max)
        {
            context.Report(Codes.InvalidChoice, Node(key)!.Span, value.Value.ToString(CultureInfo.InvariantCulture), key, string.Empty, $"{min}–{max}");
            return null;
        }

        return (int)value.Value;
    }

    public bool? Bool(string key)
    {
        var text = Text(key);
        switch (text)
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                context.Report(Codes.InvalidChoice, Node(key)!.Span, text, key, context.DidYouMean(text, new[] { "true", "false" }), "true, false");
                return null;
        }
    }

    public string? Url(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https"))
        {
            return text;
        }

        context.Report(Codes.InvalidUrl, Node(key)!.Span, text);
        return null;
    }

    public string? Country(string key = "country")
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (text.Length == 2 && text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'A' && text[1] <= 'Z')
        {
            return text;
        }

        context.Report(Codes.InvalidCountry, Node(key)!.Span, text);
        return null;
    }

    public RefSpec? Ref(string key, bool required = false)
    {
        var text = Text(key, required);
        return text is null ? null : new RefSpec(text, Node(key)!.Span);
    }

    public EquatableArray<RefSpec> Refs(string key)
    {
        var scalars = Scalars(key);
        var refs = scalars.Length == 0 ? Array.Empty<RefSpec>() : new RefSpec[scalars.Length];
        for (var i = 0; i < refs.Length; i++)
        {
            refs[i] = new RefSpec(scalars[i].Value, scalars[i].Span);
        }

        return EquatableArray<RefSpec>.Own(refs);
    }

    public EquatableArray<string> Strings(string key)
    {
        var scalars = Scalars(key);
        var strings = scalars.Length == 0 ? Array.Empty<string>() : new string[scalars.Length];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = scalars[i].Value;
        }

        return EquatableArray<string>.Own(strings);
    }

    /// <summary>The items of a list of mappings; other items are reported and skipped.</summary>
    public IReadOnlyList<YamlMapping> Mappings(string key, bool required = false)
    {
        var items = Items(key, required);
        var mappings = items.Length == 0 ? Array.Empty<YamlMapping>() : new YamlMapping[items.Length];
        var count = 0;
        foreach (var item in items)
        {
            if (item is YamlMapping mapping)
            {
                mappings[count++] = mapping;
            }
            else
            {
                WrongItem<YamlMapping>(key, item, "a mapping");
            }
        }

        return Exact(mappings, count);
    }

    public YamlNode[] Items(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            Missing<string>(key, required);
            return Array.Empty<YamlNode>();
        }

        if (node is not YamlSequence sequence)
        {
            context.Report(Codes.WrongType, node.Span, key, "a list", node.KindName);
            return Array.Empty<YamlNode>();
        }

        if (sequence.Items.Count > context.Limits.MaxEntitiesPerList)
        {
            context.Report(Codes.TooManyEntities, node.Span, key, sequence.Items.Count, context.Limits.MaxEntitiesPerList);
            context.LimitExceeded = true;
            return Array.Empty<YamlNode>();
        }

        return sequence.ItemArray;
    }

    /// <summary>Reports keys no accessor asked for.</summary>
    public void Finish()
    {
        var keys = knownKeys ?? context.RentKeyList();
        foreach (var entry in map.EntryArray)
        {
            if (!keys.Contains(entry.Key))
            {
                context.Report(Codes.UnknownKey, entry.KeySpan, entry.Key, Description, context.DidYouMean(entry.Key, keys.Distinct()));
            }
        }

        // A reader is done once finished: its list goes back for the next mapping (a late Node call rents anew).
        context.ReturnKeyList(keys);
        knownKeys = null;
    }

    /// <summary>The non-empty scalar items of a list; other items are reported and skipped.</summary>
    private YamlScalar[] Scalars(string key)
    {
        var items = Items(key);
        var scalars = items.Length == 0 ? Array.Empty<YamlScalar>() : new YamlScalar[items.Length];
        var count = 0;
        foreach (var item in items)
        {
            if (item is YamlScalar { IsNull: false } scalar)
            {
                scalars[count++] = scalar;
            }
            else
            {
                WrongItem<YamlScalar>(key, item, "text");
            }
        }

        return Exact(scalars, count);
    }

    /// <summary>Digits, points and minus signs only (a loop: LINQ over a string boxes an enumerator per value).</summary>
    private static bool IsNumberText(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsDigit(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static T[] Exact<T>(T[] array, int count)
    {
        if (count == array.Length)
        {
            return array;
        }

        Array.Resize(ref array, count);
        return array;
    }

    private T? WrongItem<T>(string key, YamlNode item, string expected)
        where T : class
    {
        context.Report(Codes.WrongType, item.Span, $"{key}[]", expected, item.KindName);
        return null;
    }

    private T? Missing<T>(string key, bool required)
        where T : class
    {
        if (required)
        {
            context.Report(Codes.MissingField, map.Span, Description, key);
        }

        return null;
    }
}
