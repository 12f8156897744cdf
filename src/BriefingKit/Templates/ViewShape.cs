using System.Diagnostics.CodeAnalysis;
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

    // The view's records by name, so that trimming (Native AOT) keeps their properties: the reflection below then
    // needs nothing the trimmer cannot see. A record missing here fails the first template compile, in every test.
    private static readonly Dictionary<Type, PropertyInfo[]> RecordProperties = new[]
    {
        Of<BriefingView>(),
        Of<SectionView>(),
        Of<HeadlineFigureView>(),
        Of<WatchItemView>(),
        Of<KeyJudgmentView>(),
        Of<TimelineRowView>(),
        Of<PersonView>(),
        Of<AgencyView>(),
        Of<PolicyStatusView>(),
        Of<PolicyView>(),
        Of<NumberView>(),
        Of<DiscrepancyItemView>(),
        Of<DiscrepancyView>(),
        Of<StatementView>(),
        Of<SourceView>(),
        Of<FootnoteView>(),
    }.ToDictionary(p => p.Type, p => p.Properties);

    private static (Type Type, PropertyInfo[] Properties) Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>() =>
        (typeof(T), typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance));

    private sealed class ReflectionTypes : ITypeReader<Type>
    {
        public string Name(Type type) => type.Name;

        public IEnumerable<(string Name, Type Type)> Properties(Type type) =>
            (RecordProperties.TryGetValue(type, out var properties)
                ? properties
                : throw new InvalidOperationException($"{type.Name} is a view record missing from ViewShape.RecordProperties"))
                .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
                .Select(p => (p.Name, p.PropertyType));

        public ValueKind? Scalar(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(string) => ValueKind.Text,
            var t when t == typeof(bool) => ValueKind.Flag,
            var t when t.IsPrimitive || t == typeof(decimal) => ValueKind.Number,
            _ => null,
        };

        // The view's lists are all declared IReadOnlyList<T>: read from the declared type, not its interfaces.
        public bool TryGetItem(Type type, out Type item)
        {
            var isList = type.IsGenericType && type.GetGenericTypeDefinition() is var definition
                && (definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>));
            item = isList ? type.GetGenericArguments()[0] : null!;
            return isList;
        }

        public bool IsRecord(Type type) => type.IsClass;
    }
}
