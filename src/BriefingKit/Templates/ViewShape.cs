using System.Reflection;
using BriefingKit.Briefing;
using BriefingKit.Schema.Templates;

namespace BriefingKit.Templates;

/// <summary>
/// The shape of <see cref="BriefingView"/> read by reflection, for the template checker: the same shape the
/// generator reads from Roslyn symbols, built by the same <see cref="ModelShapeBuilder"/>.
/// </summary>
internal static class ViewShape
{
    private static readonly Lazy<ModelShape> BriefingShape = new(() => ModelShapeBuilder.Build(typeof(BriefingView), new ReflectionTypes()));

    /// <summary>What templates can read of a briefing view.</summary>
    public static ModelShape Briefing => BriefingShape.Value;

    private sealed class ReflectionTypes : ITypeReader<Type>
    {
        public string Name(Type type) => type.Name;

        public IEnumerable<(string Name, Type Type)> Properties(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
                .Select(p => (p.Name, p.PropertyType));

        public ValueKind? Scalar(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(string) => ValueKind.Text,
            var t when t == typeof(bool) => ValueKind.Flag,
            var t when t.IsPrimitive || t == typeof(decimal) => ValueKind.Number,
            _ => null,
        };

        public bool TryGetItem(Type type, out Type item)
        {
            var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                ? type
                : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
            item = enumerable?.GetGenericArguments()[0]!;
            return enumerable is not null;
        }

        public bool IsRecord(Type type) => type.IsClass;
    }
}
