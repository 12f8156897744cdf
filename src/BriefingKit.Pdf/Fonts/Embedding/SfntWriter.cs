using System.Numerics;
using static System.Buffers.Binary.BinaryPrimitives;

namespace BriefingKit.Pdf.Fonts.Embedding;

/// <summary>
/// Writes a TrueType file from its tables: the directory sorted by tag (readers may binary-search it),
/// each table's checksum, every table padded to 4 bytes, and head's checkSumAdjustment so the whole file
/// sums to 0xB1B0AFBA. Only the tables decide the bytes, so the same tables give the same file.
/// </summary>
internal static class SfntWriter
{
    const uint TrueTypeVersion = 0x00010000;
    const uint ChecksumMagic = 0xB1B0AFBA;
    const int CheckSumAdjustmentOffset = 8; // in head

    /// <param name="tables">Tag and bytes of each table; head's checkSumAdjustment is overwritten.</param>
    public static byte[] Write(IEnumerable<(string Tag, byte[] Data)> tables)
    {
        var sorted = tables.OrderBy(t => t.Tag, StringComparer.Ordinal).ToList();
        int count = sorted.Count, directory = 12 + 16 * count;
        var file = new byte[directory + sorted.Sum(t => Padded(t.Data.Length))];
        int log2 = BitOperations.Log2((uint)Math.Max(count, 1));
        WriteUInt32BigEndian(file, TrueTypeVersion);
        WriteUInt16BigEndian(file.AsSpan(4), (ushort)count);
        WriteUInt16BigEndian(file.AsSpan(6), (ushort)(16 << log2));          // searchRange
        WriteUInt16BigEndian(file.AsSpan(8), (ushort)log2);                  // entrySelector
        WriteUInt16BigEndian(file.AsSpan(10), (ushort)(16 * count - (16 << log2))); // rangeShift

        int at = directory, head = -1;
        for (int i = 0; i < count; i++)
        {
            var (tag, data) = sorted[i];
            data.CopyTo(file, at);
            if (tag == "head")
            {
                head = at;
                file.AsSpan(at + CheckSumAdjustmentOffset, 4).Clear(); // the head checksum is taken with it zero
            }

            var record = file.AsSpan(12 + 16 * i, 16);
            for (int j = 0; j < 4; j++)
            {
                record[j] = (byte)tag[j];
            }

            WriteUInt32BigEndian(record[4..], Checksum(file.AsSpan(at, Padded(data.Length))));
            WriteUInt32BigEndian(record[8..], (uint)at);
            WriteUInt32BigEndian(record[12..], (uint)data.Length);
            at += Padded(data.Length);
        }

        if (head >= 0)
        {
            WriteUInt32BigEndian(file.AsSpan(head + CheckSumAdjustmentOffset), unchecked(ChecksumMagic - Checksum(file)));
        }

        return file;
    }

    /// <summary>The sum of big-endian 32-bit words, the last one zero-padded.</summary>
    public static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        int whole = data.Length & ~3;
        for (int i = 0; i < whole; i += 4)
        {
            sum = unchecked(sum + ReadUInt32BigEndian(data[i..]));
        }

        if (whole < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[whole..].CopyTo(last);
            sum = unchecked(sum + ReadUInt32BigEndian(last));
        }

        return sum;
    }

    public static int Padded(int length) => (length + 3) & ~3;
}
