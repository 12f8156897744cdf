using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using BriefingKit.Model;

namespace BriefingKit.Generators.Tests.Support;

/// <summary>
/// A canonical text form of a resolved <see cref="Dossier"/>: every public property, sorted by name, recursively.
/// Entities are written in full where the dossier lists them and as <c>→kind:id</c> everywhere else, so the
/// object graph (shared references, parents) is compared by identity of ids without looping.
/// </summary>
public static class CanonicalDump
{
    public static string Of(Dossier dossier)
    {
        var builder = new StringBuilder();
        WriteObject(builder, dossier, 0, ownsEntities: true);
        return builder.ToString();
    }

    private static void Write(StringBuilder b, object? value, int depth, bool expandEntity = false)
    {
        switch (value)
        {
            case null: b.Append("null"); return;
            case string s: b.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('"'); return;
            case decimal d: b.Append(d.ToString(CultureInfo.InvariantCulture)).Append('m'); return; // scale included: 10000 vs 10000.0
            case Uri u: b.Append('<').Append(u.OriginalString).Append('>'); return;
            case IFormattable f when value.GetType().IsPrimitive || value is Enum or DateTime: b.Append(f.ToString(null, CultureInfo.InvariantCulture)); return;
            case bool x: b.Append(x ? "true" : "false"); return;
            case IEntity e when !expandEntity: b.Append('→').Append(e.Kind).Append(':').Append(e.Id); return;
            case IEnumerable items:
                b.Append('[');
                foreach (var item in items)
                {
                    NewLine(b, depth + 1);
                    Write(b, item, depth + 1, expandEntity);
                }

                NewLine(b, depth);
                b.Append(']');
                return;
            default:
                if (value.GetType().Namespace?.StartsWith("BriefingKit", StringComparison.Ordinal) != true)
                {
                    throw new InvalidOperationException($"CanonicalDump does not know how to write {value.GetType()}");
                }

                WriteObject(b, value, depth, ownsEntities: false);
                return;
        }
    }

    private static void WriteObject(StringBuilder b, object value, int depth, bool ownsEntities)
    {
        b.Append(value.GetType().Name).Append(" {");
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            NewLine(b, depth + 1);
            b.Append(property.Name).Append(" = ");
            object? propertyValue;
            try
            {
                propertyValue = property.GetValue(value);
            }
            catch (TargetInvocationException ex)
            {
                b.Append('!').Append(ex.InnerException?.GetType().Name);
                continue;
            }

            // The dossier's own lists hold its entities: write those in full, one level down.
            Write(b, propertyValue, depth + 1, expandEntity: ownsEntities && propertyValue is IEnumerable and not string);
        }

        NewLine(b, depth);
        b.Append('}');
    }

    private static void NewLine(StringBuilder b, int depth) => b.Append('\n').Append(' ', depth * 2);
}
