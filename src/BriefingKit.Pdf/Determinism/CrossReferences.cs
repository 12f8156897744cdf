using System.Globalization;
using System.Text;

namespace BriefingKit.Pdf.Determinism;

/// <summary>
/// The classic cross-reference table of a PDF as PDFsharp writes it (<c>xref</c>, subsections of
/// 20-byte entries, <c>trailer</c>, <c>startxref</c>): read to find every object, written again with the
/// objects' new offsets once their streams have been compressed.
/// </summary>
internal sealed class CrossReferences
{
    readonly List<(int First, Entry[] Entries)> _sections = [];

    CrossReferences(int tableOffset) => TableOffset = tableOffset;

    /// <summary>Where <c>xref</c> starts.</summary>
    public int TableOffset { get; }

    /// <summary>Where <c>trailer</c> starts.</summary>
    public int TrailerOffset { get; private set; }

    /// <summary>Where the last <c>startxref</c> starts.</summary>
    public int StartXrefOffset { get; private set; }

    public IEnumerable<(int Number, int Offset)> InUse =>
        _sections.SelectMany(s => s.Entries.Select((e, i) => (Number: s.First + i, Entry: e)))
            .Where(x => x.Entry.InUse)
            .Select(x => (x.Number, x.Entry.Offset));

    public static CrossReferences Read(byte[] pdf, int length)
    {
        var span = pdf.AsSpan(0, length);
        int startxref = span.LastIndexOf("startxref"u8);
        if (startxref < 0)
        {
            throw new InvalidDataException("PDF has no startxref");
        }

        var cursor = new Cursor(pdf, length, startxref + "startxref".Length);
        int table = cursor.Integer();
        if (table <= 0 || table >= startxref || !span[table..].StartsWith("xref"u8))
        {
            throw new InvalidDataException("PDF startxref does not point at an xref table (cross-reference streams are not supported)");
        }

        var xref = new CrossReferences(table) { StartXrefOffset = startxref };
        cursor = new Cursor(pdf, length, table + "xref".Length);
        while (!cursor.SkipWhitespaceAndCheck("trailer"u8))
        {
            int first = cursor.Integer(), count = cursor.Integer();
            var entries = new Entry[count];
            for (int i = 0; i < count; i++)
            {
                int offset = cursor.Integer(), generation = cursor.Integer();
                bool inUse = cursor.Keyword() switch
                {
                    (byte)'n' => true,
                    (byte)'f' => false,
                    _ => throw new InvalidDataException("PDF xref entry is neither 'n' nor 'f'"),
                };
                if (inUse && (offset <= 0 || offset >= table))
                {
                    throw new InvalidDataException($"PDF object {first + i} has offset {offset} outside the body");
                }

                entries[i] = new Entry(offset, generation, inUse);
            }

            xref._sections.Add((first, entries));
        }

        xref.TrailerOffset = cursor.Position;
        return xref;
    }

    /// <summary>Writes the <c>xref</c> section with each object in use at its offset in <paramref name="offsets"/>.</summary>
    public void WriteTable(Stream output, IReadOnlyDictionary<int, long> offsets)
    {
        var text = new StringBuilder("xref\n");
        foreach (var (first, entries) in _sections)
        {
            text.Append(CultureInfo.InvariantCulture, $"{first} {entries.Length}\n");
            for (int i = 0; i < entries.Length; i++)
            {
                var e = entries[i];
                long offset = e.InUse ? offsets[first + i] : e.Offset;
                text.Append(CultureInfo.InvariantCulture, $"{offset:D10} {e.Generation:D5} {(e.InUse ? 'n' : 'f')} \n");
            }
        }

        output.Write(Encoding.ASCII.GetBytes(text.ToString()));
    }

    readonly record struct Entry(int Offset, int Generation, bool InUse);

    struct Cursor(byte[] pdf, int length, int position)
    {
        public int Position { get; private set; } = position;

        public bool SkipWhitespaceAndCheck(ReadOnlySpan<byte> keyword)
        {
            SkipWhitespace();
            return pdf.AsSpan(Position).StartsWith(keyword);
        }

        public int Integer()
        {
            SkipWhitespace();
            int start = Position;
            while (Position < length && pdf[Position] is >= (byte)'0' and <= (byte)'9')
            {
                Position++;
            }

            return Position > start && int.TryParse(pdf.AsSpan(start, Position - start), NumberStyles.None, CultureInfo.InvariantCulture, out int value)
                ? value
                : throw new InvalidDataException($"PDF cross-reference number expected at byte {start}");
        }

        public byte Keyword()
        {
            SkipWhitespace();
            return pdf[Position++];
        }

        void SkipWhitespace()
        {
            while (Position < length && pdf[Position] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t')
            {
                Position++;
            }

            if (Position >= length)
            {
                throw new InvalidDataException("PDF cross-reference table is cut short");
            }
        }
    }
}
