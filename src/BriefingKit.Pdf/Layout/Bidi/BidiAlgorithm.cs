namespace BriefingKit.Pdf.Layout.Bidi;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9) for one line already broken in logical order, without
/// explicit embeddings or isolates: the whole line is one isolating run sequence at the paragraph level,
/// so rules X1–X10 reduce to dropping boundary neutrals (X9). Implements W1–W7, N0–N2, I1–I2, L1 and L2.
/// </summary>
internal static class BidiAlgorithm
{
    /// <summary>Lines up to this many code units are resolved in stack memory; longer ones allocate.</summary>
    const int StackLimit = 256;

    /// <summary>BD16 keeps at most this many open brackets; past it, bracket pairing stops.</summary>
    const int BracketDepth = 63;

    const byte Unset = byte.MaxValue;

    /// <summary>
    /// Resolves the embedding level of each UTF-16 code unit of <paramref name="text"/> into
    /// <paramref name="levels"/>: even is left-to-right, odd right-to-left. Both units of a surrogate pair,
    /// and each boundary neutral (format character), take the level of the character before them.
    /// </summary>
    /// <param name="text">One line, in logical order.</param>
    /// <param name="paragraphLevel">0 for a left-to-right paragraph, 1 for a right-to-left one.</param>
    /// <param name="levels">At least as long as <paramref name="text"/>.</param>
    public static void ResolveLevels(ReadOnlySpan<char> text, int paragraphLevel, Span<byte> levels)
    {
        if (paragraphLevel is not (0 or 1))
        {
            throw new ArgumentOutOfRangeException(nameof(paragraphLevel), paragraphLevel, "The paragraph level is 0 (LTR) or 1 (RTL).");
        }

        if (levels.Length < text.Length)
        {
            throw new ArgumentException("There must be a level for every code unit of the text.", nameof(levels));
        }

        int n = text.Length;
        Span<BidiClass> original = n <= StackLimit ? stackalloc BidiClass[n] : new BidiClass[n];
        Span<BidiClass> types = n <= StackLimit ? stackalloc BidiClass[n] : new BidiClass[n];
        Span<int> units = n <= StackLimit ? stackalloc int[n] : new int[n];
        int count = Classify(text, original, types, units);
        types = types[..count];
        units = units[..count];

        var direction = paragraphLevel == 0 ? BidiClass.L : BidiClass.R; // also sos and eos: there is one run
        ResolveWeak(types, direction);
        ResolveBrackets(text, types, units, original, direction);
        ResolveNeutral(types, direction);

        levels[..n].Fill(Unset);
        for (int k = 0; k < count; k++)
        {
            levels[units[k]] = Implicit(types[k], paragraphLevel);
        }

        for (int i = 0; i < n; i++)
        {
            if (levels[i] == Unset)
            {
                levels[i] = i > 0 ? levels[i - 1] : (byte)paragraphLevel;
            }
        }

        ResetWhitespace(original, paragraphLevel, levels[..n]);
    }

    /// <summary>
    /// Rule L2: for items (characters or runs) with the given levels in logical order, the logical index of
    /// the item at each visual position, left to right. From the highest level down to the lowest odd level,
    /// every maximal stretch at that level or higher is reversed.
    /// </summary>
    public static int[] VisualOrder(ReadOnlySpan<byte> levels)
    {
        var order = new int[levels.Length];
        int highest = 0, lowest = byte.MaxValue;
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
            highest = Math.Max(highest, levels[i]);
            lowest = Math.Min(lowest, levels[i]);
        }

        // The lowest level rounded up to odd: numbers at 2 among text at 0 are reversed twice, so stay in order.
        for (int level = highest; level >= (lowest | 1); level--)
        {
            for (int start = 0; start < order.Length; start++)
            {
                if (levels[order[start]] < level)
                {
                    continue;
                }

                int end = start;
                while (end + 1 < order.Length && levels[order[end + 1]] >= level)
                {
                    end++;
                }

                order.AsSpan(start, end - start + 1).Reverse();
                start = end;
            }
        }

        return order;
    }

    /// <summary>
    /// Fills <paramref name="original"/> with each code unit's class (a surrogate pair's for both units), and
    /// <paramref name="types"/> and <paramref name="units"/> with the characters the rules see: one entry per
    /// code point, boundary neutrals left out (X9). Returns how many there are.
    /// </summary>
    static int Classify(ReadOnlySpan<char> text, Span<BidiClass> original, Span<BidiClass> types, Span<int> units)
    {
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int first = i;
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var type = BidiCharacters.Of(pair ? char.ConvertToUtf32(c, text[++i]) : c);
            original[first] = original[i] = type;
            if (type != BidiClass.BN)
            {
                types[count] = type;
                units[count++] = first;
            }
        }

        return count;
    }

    /// <summary>Rules W1–W7, in order, each over the whole line; <paramref name="sos"/> is the direction at both ends.</summary>
    static void ResolveWeak(Span<BidiClass> t, BidiClass sos)
    {
        // W1: a mark takes the type of what it sits on. W2: European digits after Arabic letters are Arabic numbers.
        // W3: Arabic letters are then plain R.
        var lastStrong = sos;
        for (int k = 0; k < t.Length; k++)
        {
            if (t[k] == BidiClass.NSM)
            {
                t[k] = k == 0 ? sos : t[k - 1];
            }

            if (t[k] is BidiClass.L or BidiClass.R or BidiClass.AL)
            {
                lastStrong = t[k];
            }
            else if (t[k] == BidiClass.EN && lastStrong == BidiClass.AL)
            {
                t[k] = BidiClass.AN;
            }
        }

        for (int k = 0; k < t.Length; k++)
        {
            if (t[k] == BidiClass.AL)
            {
                t[k] = BidiClass.R;
            }
        }

        // W4: one separator between two numbers of the same kind joins them (1,000 and 1+2; only CS for AN).
        for (int k = 1; k + 1 < t.Length; k++)
        {
            var (before, after) = (t[k - 1], t[k + 1]);
            if (before == after && (before == BidiClass.EN ? t[k] is BidiClass.ES or BidiClass.CS : before == BidiClass.AN && t[k] == BidiClass.CS))
            {
                t[k] = before;
            }
        }

        // W5: terminators next to European digits ($100, 50 %) join them.
        for (int k = 0; k < t.Length; k++)
        {
            if (t[k] != BidiClass.ET)
            {
                continue;
            }

            int end = k;
            while (end < t.Length && t[end] == BidiClass.ET)
            {
                end++;
            }

            if ((k > 0 && t[k - 1] == BidiClass.EN) || (end < t.Length && t[end] == BidiClass.EN))
            {
                t[k..end].Fill(BidiClass.EN);
            }

            k = end - 1;
        }

        // W6: separators and terminators left over are neutral. W7: European digits in left-to-right context are L.
        lastStrong = sos;
        for (int k = 0; k < t.Length; k++)
        {
            if (t[k] is BidiClass.ES or BidiClass.ET or BidiClass.CS)
            {
                t[k] = BidiClass.ON;
            }
            else if (t[k] is BidiClass.L or BidiClass.R)
            {
                lastStrong = t[k];
            }
            else if (t[k] == BidiClass.EN && lastStrong == BidiClass.L)
            {
                t[k] = BidiClass.L;
            }
        }
    }

    /// <summary>
    /// Rule N0: a bracket pair takes the embedding direction <paramref name="e"/> when it encloses a strong type
    /// of that direction; else the opposite one when it encloses only that and the context before agrees;
    /// pairs with nothing strong inside are left to N1. Pairs are found as BD16 says, among characters still ON.
    /// </summary>
    static void ResolveBrackets(ReadOnlySpan<char> text, Span<BidiClass> t, ReadOnlySpan<int> units, ReadOnlySpan<BidiClass> original, BidiClass e)
    {
        List<(int Open, int Close)>? pairs = null;
        Span<(int Closer, int At)> open = stackalloc (int, int)[BracketDepth];
        int depth = 0;
        for (int k = 0; k < t.Length; k++)
        {
            if (t[k] != BidiClass.ON || BidiCharacters.Bracket(text[units[k]]) is not { } bracket)
            {
                continue;
            }

            if (bracket.Opens)
            {
                if (depth == BracketDepth)
                {
                    break;
                }

                open[depth++] = (bracket.Counterpart, k);
                continue;
            }

            int self = BidiCharacters.Canonical(text[units[k]]);
            for (int s = depth - 1; s >= 0; s--)
            {
                if (open[s].Closer == self)
                {
                    (pairs ??= []).Add((open[s].At, k));
                    depth = s;
                    break;
                }
            }
        }

        if (pairs is null)
        {
            return;
        }

        pairs.Sort();
        foreach (var (o, c) in pairs)
        {
            bool embedding = false, opposite = false;
            for (int k = o + 1; k < c && !embedding; k++)
            {
                var d = Strong(t[k]);
                embedding = d == e;
                opposite |= d is not null && d != e;
            }

            if (!embedding && !opposite)
            {
                continue;
            }

            var type = e;
            if (!embedding)
            {
                BidiClass? before = null;
                for (int k = o - 1; k >= 0 && before is null; k--)
                {
                    before = Strong(t[k]);
                }

                type = (before ?? e) == e ? e : Opposite(e);
            }

            SetBracket(t, units, original, o, type);
            SetBracket(t, units, original, c, type);
        }
    }

    /// <summary>Gives a bracket its resolved type, and the same to marks on it (they were made ON by W1).</summary>
    static void SetBracket(Span<BidiClass> t, ReadOnlySpan<int> units, ReadOnlySpan<BidiClass> original, int at, BidiClass type)
    {
        t[at] = type;
        for (int k = at + 1; k < t.Length && original[units[k]] == BidiClass.NSM; k++)
        {
            t[k] = type;
        }
    }

    /// <summary>
    /// Rules N1–N2: a stretch of neutrals between two strong types of the same direction (numbers count as R)
    /// takes that direction, else the embedding direction <paramref name="e"/>. The line's ends count as <paramref name="e"/>.
    /// </summary>
    static void ResolveNeutral(Span<BidiClass> t, BidiClass e)
    {
        for (int k = 0; k < t.Length; k++)
        {
            if (Strong(t[k]) is not null)
            {
                continue;
            }

            int end = k;
            while (end < t.Length && Strong(t[end]) is null)
            {
                end++;
            }

            var before = k == 0 ? e : Strong(t[k - 1]);
            var after = end == t.Length ? e : Strong(t[end]);
            t[k..end].Fill(before == after ? before!.Value : e);
            k = end - 1;
        }
    }

    /// <summary>Rules I1–I2: the level of a resolved type at the paragraph level.</summary>
    static byte Implicit(BidiClass type, int paragraphLevel) => (byte)(paragraphLevel + (type, paragraphLevel) switch
    {
        (BidiClass.R, 0) => 1,
        (BidiClass.EN or BidiClass.AN, 0) => 2,
        (BidiClass.L or BidiClass.EN or BidiClass.AN, 1) => 1,
        _ => 0,
    });

    /// <summary>
    /// Rule L1: separators, whitespace before them and whitespace at the end of the line go back to the
    /// paragraph level, so a trailing space never sits inside a reversed run. Format characters count as whitespace here.
    /// </summary>
    static void ResetWhitespace(ReadOnlySpan<BidiClass> original, int paragraphLevel, Span<byte> levels)
    {
        bool reset = true;
        for (int i = original.Length - 1; i >= 0; i--)
        {
            if (original[i] is BidiClass.S or BidiClass.B)
            {
                reset = true;
            }
            else if (original[i] is not (BidiClass.WS or BidiClass.BN))
            {
                reset = false;
            }

            if (reset)
            {
                levels[i] = (byte)paragraphLevel;
            }
        }
    }

    /// <summary>The direction a resolved type counts as for N0–N2 (numbers as R), or null for a neutral.</summary>
    static BidiClass? Strong(BidiClass type) => type switch
    {
        BidiClass.L => BidiClass.L,
        BidiClass.R or BidiClass.EN or BidiClass.AN => BidiClass.R,
        _ => null,
    };

    static BidiClass Opposite(BidiClass direction) => direction == BidiClass.L ? BidiClass.R : BidiClass.L;
}
