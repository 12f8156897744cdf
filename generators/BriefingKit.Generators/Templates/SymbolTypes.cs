using System.Collections.Generic;
using System.Linq;
using BriefingKit.Schema.Templates;
using Microsoft.CodeAnalysis;

namespace BriefingKit.Generators.Templates;

/// <summary>
/// Reads the briefing view's types from the compilation's Roslyn symbols, so templates are checked against the
/// BriefingKit version the project compiles against. The same <see cref="ModelShapeBuilder"/> reads them by
/// reflection in the library; a test checks both give the same shape.
/// </summary>
internal sealed class SymbolTypes : ITypeReader<ITypeSymbol>
{
    public const string ViewMetadataName = "BriefingKit.Briefing.BriefingView";

    /// <summary>The view's shape, or null when the project does not reference BriefingKit (then only syntax and includes are checked).</summary>
    public static ModelShape? Shape(Compilation compilation) =>
        compilation.GetTypeByMetadataName(ViewMetadataName) is { } view ? ModelShapeBuilder.Build<ITypeSymbol>(view, new SymbolTypes()) : null;

    public string Name(ITypeSymbol type) => type.Name;

    public IEnumerable<(string Name, ITypeSymbol Type)> Properties(ITypeSymbol type)
    {
        var seen = new HashSet<string>();
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                if (property is { DeclaredAccessibility: Accessibility.Public, IsStatic: false, IsIndexer: false, GetMethod.DeclaredAccessibility: Accessibility.Public }
                    && seen.Add(property.Name))
                {
                    yield return (property.Name, property.Type);
                }
            }
        }
    }

    public ValueKind? Scalar(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type.SpecialType switch
        {
            SpecialType.System_String => ValueKind.Text,
            SpecialType.System_Boolean => ValueKind.Flag,
            SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
                or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal or SpecialType.System_Char
                or SpecialType.System_IntPtr or SpecialType.System_UIntPtr => ValueKind.Number,
            _ => null,
        };
    }

    public bool TryGetItem(ITypeSymbol type, out ITypeSymbol item)
    {
        if (type is IArrayTypeSymbol array)
        {
            item = array.ElementType;
            return true;
        }

        var enumerable = IsEnumerableOfT(type) ? (INamedTypeSymbol)type : type.AllInterfaces.FirstOrDefault(IsEnumerableOfT);
        item = enumerable?.TypeArguments[0]!;
        return enumerable is not null;
    }

    public bool IsRecord(ITypeSymbol type) => type.TypeKind == TypeKind.Class;

    private static bool IsEnumerableOfT(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T };
}
