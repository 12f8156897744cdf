using System.Collections;
using System.Linq;
using System.Text;
using System.Threading;
using BriefingKit.Generators.Naming;
using BriefingKit.Generators.Writing;
using BriefingKit.Schema;
using BriefingKit.Schema.Model;

namespace BriefingKit.Generators;

public sealed partial class DossierGenerator
{
    internal static partial class Emitter
    {
        /// <summary>Entities per generated method: keeps each method small enough for the JIT to compile quickly.</summary>
        internal const int ChunkSize = 200;

        /// <summary>
        /// Writes the private class that rebuilds the <see cref="DossierSpec"/> in code. Each top-level list gets
        /// its own method, split into chunks, so a 10,000-fact dossier does not become one enormous method.
        /// </summary>
        private static void WriteData(IndentedWriter w, DossierSpec spec, CancellationToken cancellationToken)
        {
            var code = new SpecCode();
            var (_, properties) = SpecCode.Shape(typeof(DossierSpec));
            // The factories take their parameter types from reflection, which cannot see nullable annotations
            // on netstandard2.0; the data is checked by the schema, so annotations are off in this class only.
            w.Line("#nullable disable");
            w.Line($"private static class {CatalogLayout.DataClassName}").Open();
            w.Line($"public static {SpecCode.TypeName(typeof(DossierSpec))} Create() => new {SpecCode.TypeName(typeof(DossierSpec))}(");
            for (var i = 0; i < properties.Length; i++)
            {
                var property = properties[i];
                var argument = SpecCode.ElementType(property.PropertyType) is null ? code.Expression(property.GetValue(spec)) : "Create" + property.Name + "()";
                w.Line("    " + argument + (i == properties.Length - 1 ? ");" : ","));
            }

            foreach (var property in properties)
            {
                if (SpecCode.ElementType(property.PropertyType) is { } element)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    WriteList(w, code, property.Name, element, ((IEnumerable)property.GetValue(spec)!).Cast<object>().ToList());
                }
            }

            WriteFactories(w, code);
            w.Close();
            w.Line("#nullable restore");
        }

        private static void WriteList(IndentedWriter w, SpecCode code, string name, System.Type element, System.Collections.Generic.List<object> items)
        {
            var elementType = SpecCode.TypeName(element);
            var arrayType = SpecCode.TypeName(typeof(EquatableArray<>).MakeGenericType(element));
            var listType = $"global::System.Collections.Generic.List<{elementType}>";
            w.Line();
            if (items.Count == 0)
            {
                w.Line($"private static {arrayType} Create{name}() => {arrayType}.Empty;");
                return;
            }

            var chunks = (items.Count + ChunkSize - 1) / ChunkSize;
            w.Line($"private static {arrayType} Create{name}()").Open();
            w.Line($"var items = new {listType}({Count(items.Count)});");
            for (var c = 0; c < chunks; c++)
            {
                w.Line($"Create{name}{Count(c)}(items);");
            }

            w.Line($"return new {arrayType}(items);");
            w.Close();
            var builder = new StringBuilder(256);
            for (var c = 0; c < chunks; c++)
            {
                w.Line();
                w.Line($"private static void Create{name}{Count(c)}({listType} items)").Open();
                foreach (var item in items.Skip(c * ChunkSize).Take(ChunkSize))
                {
                    builder.Clear();
                    code.Write(builder, item);
                    w.Line("items.Add(" + builder + ");");
                }

                w.Close();
            }
        }

        private static void WriteFactories(IndentedWriter w, SpecCode code)
        {
            foreach (var factory in code.Factories)
            {
                var (_, properties) = SpecCode.Shape(factory.Value);
                var type = SpecCode.TypeName(factory.Value);
                var parameters = string.Join(", ", properties.Select(p => SpecCode.TypeName(p.PropertyType) + " " + Camel(p.Name)));
                var arguments = string.Join(", ", properties.Select(p => Camel(p.Name)));
                w.Line();
                w.Line($"private static {type} {factory.Key}({parameters}) => new {type}({arguments});");
            }

            w.Line();
            w.Line("private static global::BriefingKit.Schema.EquatableArray<T> A<T>(params T[] items) => new global::BriefingKit.Schema.EquatableArray<T>(items);");
        }

        private static string Camel(string name) => Identifiers.Escape(char.ToLowerInvariant(name[0]) + name.Substring(1));
    }
}
