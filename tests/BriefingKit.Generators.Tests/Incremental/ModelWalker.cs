using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace BriefingKit.Generators.Tests.Incremental;

/// <summary>
/// Walks a pipeline value through its properties and fields (tuples, arrays, records) and lists every path that
/// reaches an <see cref="ISymbol"/>, <see cref="Compilation"/>, <see cref="SyntaxNode"/>, <see cref="SyntaxTree"/>,
/// <see cref="SemanticModel"/> or <see cref="Location"/>: holding one defeats caching and keeps compilations alive.
/// </summary>
public static class ModelWalker
{
    private static readonly Type[] ForbiddenTypes =
        [typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(Location)];

    public static List<string> Forbidden(object? root)
    {
        var found = new List<string>();
        Walk(root, "value", found, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
        return found;
    }

    private static void Walk(object? value, string path, List<string> found, HashSet<object> seen, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is Enum or decimal || depth > 64)
        {
            return;
        }

        var type = value.GetType();
        if (ForbiddenTypes.Any(t => t.IsAssignableFrom(type)))
        {
            found.Add($"{path}: {type.Name}");
            return;
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{i++}]", found, seen, depth + 1);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), $"{path}.{field.Name}", found, seen, depth + 1);
        }
    }
}
