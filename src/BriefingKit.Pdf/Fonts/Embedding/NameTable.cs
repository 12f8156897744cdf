using System.Text;
using static System.Buffers.Binary.BinaryPrimitives;

namespace BriefingKit.Pdf.Fonts.Embedding;

/// <summary>
/// The PostScript name (name ID 6) of a font's 'name' table, made safe to write as a PDF name: only
/// printable ASCII without PDF delimiters or '#', at most 63 characters (the PostScript name limit).
/// </summary>
internal static class NameTable
{
    const int PostScriptNameId = 6;
    const int MaxLength = 63;
    const string Fallback = "Font";

    public static string PostScriptName(ReadOnlySpan<byte> name)
    {
        if (name.Length < 6)
        {
            return Fallback;
        }

        int count = ReadUInt16BigEndian(name[2..]), storage = ReadUInt16BigEndian(name[4..]);
        string? windows = null, mac = null;
        for (int i = 0; i < count && 6 + 12 * (i + 1) <= name.Length; i++)
        {
            var record = name.Slice(6 + 12 * i, 12);
            int platform = ReadUInt16BigEndian(record), id = ReadUInt16BigEndian(record[6..]);
            int length = ReadUInt16BigEndian(record[8..]), offset = storage + ReadUInt16BigEndian(record[10..]);
            if (id != PostScriptNameId || offset + length > name.Length)
            {
                continue;
            }

            var text = name.Slice(offset, length);
            if (platform is 0 or 3)
            {
                windows ??= Encoding.BigEndianUnicode.GetString(text);
            }
            else if (platform == 1)
            {
                mac ??= Encoding.Latin1.GetString(text);
            }
        }

        string safe = Sanitise(windows ?? mac ?? "");
        return safe.Length > 0 ? safe : Fallback;
    }

    static string Sanitise(string name)
    {
        var safe = new StringBuilder(Math.Min(name.Length, MaxLength));
        foreach (char c in name)
        {
            if (c is > ' ' and <= '~' && "()<>[]{}/%#".IndexOf(c, StringComparison.Ordinal) < 0 && safe.Length < MaxLength)
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }
}
