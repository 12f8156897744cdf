namespace BriefingKit.Pdf.Determinism;

/// <summary>
/// Reads the top level of one PDF dictionary (<c>&lt;&lt; … &gt;&gt;</c>) as written bytes: where it ends,
/// where its direct <c>/Length</c> value is, and whether it has a <c>/Filter</c> or is XMP metadata.
/// Strings, hex strings, arrays and nested dictionaries are skipped as whole values, so bytes inside
/// them (a title holding "&gt;&gt;" or "/Length") are never mistaken for structure.
/// </summary>
internal readonly record struct DictionaryScan(int End, int LengthValueStart, int LengthValueEnd, bool HasFilter, bool IsMetadata)
{
    public static DictionaryScan Scan(ReadOnlySpan<byte> pdf, int start)
    {
        var reader = new Reader(pdf, start + 2);
        int lengthStart = -1, lengthEnd = -1;
        bool filter = false, metadata = false;
        while (true)
        {
            reader.SkipWhitespace();
            if (reader.At(">>"u8))
            {
                return new DictionaryScan(reader.Position + 2, lengthStart, lengthEnd, filter, metadata);
            }

            var key = reader.Name();
            reader.SkipWhitespace();
            int valueStart = reader.Position;
            bool indirect = reader.SkipValue();
            if (key.SequenceEqual("/Length"u8) && !indirect && IsDigits(pdf[valueStart..reader.Position]))
            {
                (lengthStart, lengthEnd) = (valueStart, reader.Position);
            }
            else if (key.SequenceEqual("/Filter"u8))
            {
                filter = true;
            }
            else if (key.SequenceEqual("/Type"u8) && pdf[valueStart..reader.Position].SequenceEqual("/Metadata"u8))
            {
                metadata = true;
            }
        }
    }

    static bool IsDigits(ReadOnlySpan<byte> s) => s.Length > 0 && s.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;

    ref struct Reader(ReadOnlySpan<byte> pdf, int position)
    {
        readonly ReadOnlySpan<byte> _pdf = pdf;

        public int Position { get; private set; } = position;

        public readonly bool At(ReadOnlySpan<byte> token) => _pdf[Position..].StartsWith(token);

        public void SkipWhitespace()
        {
            while (Position < _pdf.Length && IsWhitespace(_pdf[Position]))
            {
                Position++;
            }

            if (Position >= _pdf.Length)
            {
                throw new InvalidDataException("PDF dictionary is not closed");
            }
        }

        public ReadOnlySpan<byte> Name()
        {
            if (_pdf[Position] != '/')
            {
                throw new InvalidDataException($"PDF dictionary key expected at byte {Position}");
            }

            int start = Position++;
            SkipRegular();
            return _pdf[start..Position];
        }

        /// <summary>Skips one value; true when it was an indirect reference (<c>12 0 R</c>).</summary>
        public bool SkipValue()
        {
            byte b = _pdf[Position];
            if (At("<<"u8))
            {
                SkipNested("<<"u8, ">>"u8);
            }
            else if (b == '[')
            {
                SkipNested("["u8, "]"u8);
            }
            else if (b == '(')
            {
                SkipLiteralString();
            }
            else if (b == '<')
            {
                int close = _pdf[Position..].IndexOf((byte)'>');
                Position += close < 0 ? throw new InvalidDataException("PDF hex string is not closed") : close + 1;
            }
            else if (b == '/')
            {
                Position++;
                SkipRegular();
            }
            else
            {
                int start = Position;
                SkipRegular();
                return Position == start
                    ? throw new InvalidDataException($"unexpected '{(char)b}' in a PDF dictionary at byte {start}")
                    : SkipReferenceTail();
            }

            return false;
        }

        // After a number: " 0 R" makes it an indirect reference; otherwise leave the position after the number.
        bool SkipReferenceTail()
        {
            var rest = _pdf[Position..];
            int i = 0;
            while (i < rest.Length && IsWhitespace(rest[i]))
            {
                i++;
            }

            int digits = i;
            while (i < rest.Length && rest[i] is >= (byte)'0' and <= (byte)'9')
            {
                i++;
            }

            if (i == digits || i >= rest.Length || !IsWhitespace(rest[i]))
            {
                return false;
            }

            while (i < rest.Length && IsWhitespace(rest[i]))
            {
                i++;
            }

            if (i < rest.Length && rest[i] == 'R' && (i + 1 == rest.Length || !IsRegular(rest[i + 1])))
            {
                Position += i + 1;
                return true;
            }

            return false;
        }

        void SkipNested(ReadOnlySpan<byte> open, ReadOnlySpan<byte> close)
        {
            int depth = 0;
            do
            {
                if (Position >= _pdf.Length)
                {
                    throw new InvalidDataException("PDF array or dictionary is not closed");
                }

                if (At(open))
                {
                    depth++;
                    Position += open.Length;
                }
                else if (At(close))
                {
                    depth--;
                    Position += close.Length;
                }
                else if (_pdf[Position] == '(')
                {
                    SkipLiteralString();
                }
                else if (_pdf[Position] == '<' && !At("<<"u8))
                {
                    SkipValue();
                }
                else
                {
                    Position++;
                }
            }
            while (depth > 0);
        }

        void SkipLiteralString()
        {
            int depth = 0;
            do
            {
                if (Position >= _pdf.Length)
                {
                    throw new InvalidDataException("PDF string is not closed");
                }

                switch (_pdf[Position])
                {
                    case (byte)'\\':
                        Position++;
                        break;
                    case (byte)'(':
                        depth++;
                        break;
                    case (byte)')':
                        depth--;
                        break;
                }

                Position++;
            }
            while (depth > 0);
        }

        void SkipRegular()
        {
            while (Position < _pdf.Length && IsRegular(_pdf[Position]))
            {
                Position++;
            }
        }

        static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

        static bool IsRegular(byte b) => !IsWhitespace(b) && b is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');
    }
}
