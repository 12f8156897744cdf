using System.Text;
using BriefingKit.Pdf.Layout.Bidi;

namespace BriefingKit.Pdf.Tests.Layout;

/// <summary>
/// The bidirectional algorithm on the lines briefings hold: English prose quoting Hebrew, Arabic and Persian
/// names and figures. Levels are written as one digit per UTF-16 code unit.
/// </summary>
public sealed class BidiTests
{
    const string Netanyahu = "בנימין נתניהו";
    const string Mbs = "محمد بن سلمان";
    const string Pezeshkian = "مسعود پزشکیان";

    [Fact]
    public void Latin_text_stays_at_level_0_in_its_order()
    {
        const string text = "The minister said: \u201Cnothing\u201D \u2014 50 % of $1,000 (roughly).";

        BidiCharacters.HasRightToLeft(text).ShouldBeFalse();
        Levels(text, 0).ShouldBe(new string('0', text.Length));
        BidiAlgorithm.VisualOrder(Enumerable.Repeat((byte)0, 5).ToArray()).ShouldBe([0, 1, 2, 3, 4]);
    }

    [Fact]
    public void A_Hebrew_name_in_English_is_reversed_as_a_whole()
    {
        string text = $"Prime Minister {Netanyahu} said";

        Levels(text, 0).ShouldBe("000000000000000" + "1111111111111" + "00000");
        Display(text, 0).ShouldBe("Prime Minister והינתנ ןימינב said");
    }

    [Fact]
    public void An_Arabic_name_in_English_is_reversed_as_a_whole()
    {
        string text = $"Crown Prince {Mbs}.";

        Levels(text, 0).ShouldBe("0000000000000" + "1111111111111" + "0");
        Display(text, 0).ShouldBe("Crown Prince ناملس نب دمحم.");
    }

    [Fact]
    public void A_Persian_name_with_its_own_letters_is_right_to_left()
    {
        Levels($"President {Pezeshkian}", 0).ShouldBe("0000000000" + "1111111111111");
        Display(Pezeshkian, 1).ShouldBe("نایکشزپ دوعسم");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Digits_in_Arabic_read_left_to_right(int paragraph)
    {
        const string text = "عام 2024 في";

        Levels(text, paragraph).ShouldBe("1111" + "2222" + "111");
        Display(text, paragraph).ShouldBe("يف 2024 ماع");
    }

    [Fact]
    public void Digits_in_Hebrew_read_left_to_right()
    {
        const string text = "בשנת 2024 נבחר";

        Levels(text, 0).ShouldBe("11111" + "2222" + "11111");
        Display(text, 0).ShouldBe("רחבנ 2024 תנשב");
    }

    [Fact]
    public void Arabic_Indic_and_Persian_digits_read_left_to_right()
    {
        Levels("عام ٢٠٢٤", 0).ShouldBe("1111" + "2222");
        Display("عام ٢٠٢٤", 0).ShouldBe("٢٠٢٤ ماع");

        // Persian digits are EN, made AN by the Arabic letters before them (W2).
        Levels("سال ۱۴۰۳", 1).ShouldBe("1111" + "2222");
        BidiCharacters.Of('۱').ShouldBe(BidiClass.EN);
    }

    [Fact]
    public void One_separator_between_digits_joins_them()
    {
        Levels("מחיר 1,000", 0).ShouldBe("11111" + "22222"); // CS between EN
        Levels("מחיר 1+2", 0).ShouldBe("11111" + "222"); // ES between EN
        Levels("עד 1:30", 0).ShouldBe("111" + "2222"); // CS between EN
        Levels("א 1,,2", 0).ShouldBe("11" + "2" + "11" + "2"); // two separators stay neutral
        Levels("عدد ١,٢", 0).ShouldBe("1111" + "222"); // CS between AN
        Levels("عدد ١+٢", 0).ShouldBe("1111" + "212"); // ES does not join AN
        Display("מחיר 1,000", 0).ShouldBe("1,000 ריחמ");
    }

    [Fact]
    public void Terminators_next_to_digits_join_them()
    {
        Levels("מחיר $100", 0).ShouldBe("11111" + "2222");
        Levels("א 100%", 0).ShouldBe("11" + "2222");
        Levels("א 20°", 0).ShouldBe("11" + "222");
        Levels("א $ ב", 0).ShouldBe("11111"); // a lone terminator is neutral (W6)
        Levels("سعر $100", 0).ShouldBe("1111" + "1" + "222"); // the digits are AN here, and W5 is for EN only
        Display("מחיר $100", 0).ShouldBe("$100 ריחמ");
    }

    [Fact]
    public void Digits_after_Latin_in_a_right_to_left_line_follow_the_Latin()
    {
        // W7 makes the digits L, so the spaces and plus between them are L too.
        Levels("abc + 123", 1).ShouldBe("222222222");
        Levels("שלום abc 123", 1).ShouldBe("11111" + "222" + "2" + "222");
        Display("שלום abc 123", 1).ShouldBe("abc 123 םולש");
    }

    [Fact]
    public void Marks_stay_with_their_letters()
    {
        const string shalom = "\u05E9\u05B8\u05C1\u05DC\u05D5\u05B9\u05DD"; // שָׁלוֹם
        const string muhammad = "\u0645\u064F\u062D\u064E\u0645\u0651\u064E\u062F"; // مُحَمَّد

        BidiCharacters.Of('\u05B8').ShouldBe(BidiClass.NSM);
        BidiCharacters.Of('\u064E').ShouldBe(BidiClass.NSM);
        Levels($"Rabbi {shalom}", 0).ShouldBe("000000" + "1111111");
        Levels($"Mr {muhammad}", 0).ShouldBe("000" + "11111111");
        Levels("שלום e\u0301", 1).ShouldBe("11111" + "22"); // a mark on a Latin letter is L
        Levels("\u0301abc", 1).ShouldBe("1222"); // a mark with nothing before it takes the paragraph's direction
        Levels("\u05B8", 0).ShouldBe("0");
    }

    [Fact]
    public void Format_characters_take_the_level_before_them()
    {
        Levels("می\u200Cخواهم", 0).ShouldBe("11111111"); // ZWNJ inside a Persian word
        Levels("\u200Dabc", 1).ShouldBe("1222");
        BidiCharacters.Of('\u200C').ShouldBe(BidiClass.BN);
    }

    [Fact]
    public void Trailing_whitespace_returns_to_the_paragraph_level()
    {
        Levels("שלום   ", 0).ShouldBe("1111" + "000");
        Levels("Hello   ", 1).ShouldBe("22222" + "111");
        Levels("abc \u200D ", 1).ShouldBe("222" + "111");
        Levels("abc  \tdef", 1).ShouldBe("222" + "11" + "1" + "222"); // whitespace before a tab, and the tab
    }

    [Fact]
    public void Bracket_pairs_take_the_direction_of_what_they_enclose()
    {
        Levels("א (ב) c", 0).ShouldBe("11111" + "00");
        Display("א (ב) c", 0).ShouldBe("(ב) א c");
        Levels("abc (שלום) def", 0).ShouldBe("00000" + "1111" + "00000");
        Levels("שלום (abc) עולם", 1).ShouldBe("111111" + "222" + "111111");
        Display("שלום (abc) עולם", 1).ShouldBe("םלוע (abc) םולש");
        Levels("א (b", 0).ShouldBe("1" + "000"); // an unpaired bracket is a plain neutral
    }

    [Fact]
    public void Both_units_of_a_surrogate_pair_share_a_level()
    {
        Levels("abc 𐤀𐤁", 0).ShouldBe("0000" + "1111"); // Phoenician is R
        Levels("שלום 😀 עולם", 0).ShouldBe("111111111111");
        Levels("I 😀 it", 0).ShouldBe("0000000");
        BidiCharacters.Of(0x10900).ShouldBe(BidiClass.R);
        BidiCharacters.HasRightToLeft("abc 𐤀").ShouldBeTrue();
        BidiCharacters.HasRightToLeft("abc 😀").ShouldBeFalse();
    }

    [Theory]
    [InlineData("a\uD800b")]
    [InlineData("\uDC00שלום")]
    [InlineData("שלום\uD83D")]
    [InlineData("\uDFFF\uD800")]
    public void A_lone_surrogate_is_resolved_without_error(string text)
    {
        var levels = new byte[text.Length];
        BidiAlgorithm.ResolveLevels(text, 1, levels);
        levels.ShouldAllBe(l => l >= 1 && l <= 2);
    }

    [Fact]
    public void An_empty_line_has_no_levels()
    {
        BidiAlgorithm.ResolveLevels([], 1, []);
        BidiAlgorithm.VisualOrder([]).ShouldBeEmpty();
        BidiCharacters.HasRightToLeft([]).ShouldBeFalse();
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => BidiAlgorithm.ResolveLevels("abc", 2, new byte[3]));
        Should.Throw<ArgumentException>(() => BidiAlgorithm.ResolveLevels("abc", 0, new byte[2]));
    }

    [Theory]
    [InlineData(new byte[] { 0, 1, 1, 2, 2, 1, 0 }, new[] { 0, 5, 3, 4, 2, 1, 6 })]
    [InlineData(new byte[] { 1, 1, 1 }, new[] { 2, 1, 0 })]
    [InlineData(new byte[] { 1, 2, 2, 1 }, new[] { 3, 1, 2, 0 })]
    [InlineData(new byte[] { 0, 2, 2, 0 }, new[] { 0, 1, 2, 3 })]
    [InlineData(new byte[] { 2, 2 }, new[] { 0, 1 })]
    [InlineData(new byte[] { 0, 1, 2, 3, 0 }, new[] { 0, 2, 3, 1, 4 })]
    [InlineData(new byte[] { 1, 0, 1 }, new[] { 0, 1, 2 })]
    public void Visual_order_reverses_from_the_highest_level_down(byte[] levels, int[] expected) =>
        BidiAlgorithm.VisualOrder(levels).ShouldBe(expected);

    [Theory]
    [InlineData("Hello, world", false)]
    [InlineData("\u201CQuoted\u201D \u2014 with dashes \u2026 and \u20AC5", false)]
    [InlineData(Netanyahu, true)]
    [InlineData("Said " + Mbs, true)]
    [InlineData("\u0661", true)] // an Arabic-Indic digit is AN
    [InlineData("۱۴۰۳", false)] // Persian digits are EN
    [InlineData("\u05B8", false)] // a mark alone is NSM
    [InlineData("a\u200Fb", true)] // RLM is R
    [InlineData("Ελληνικά и русский 中文", false)]
    public void Only_lines_with_right_to_left_characters_need_the_algorithm(string text, bool expected) =>
        BidiCharacters.HasRightToLeft(text).ShouldBe(expected);

    [Theory]
    [InlineData('A', nameof(BidiClass.L))]
    [InlineData('\u00E9', nameof(BidiClass.L))]
    [InlineData('\u0416', nameof(BidiClass.L))]
    [InlineData('\u4E2D', nameof(BidiClass.L))]
    [InlineData('\u0966', nameof(BidiClass.L))] // Devanagari digit
    [InlineData('\u05D0', nameof(BidiClass.R))]
    [InlineData('\u05BE', nameof(BidiClass.R))] // maqaf
    [InlineData('\u07CA', nameof(BidiClass.R))] // NKo
    [InlineData('\uFB2A', nameof(BidiClass.R))]
    [InlineData(0x10840, nameof(BidiClass.R))] // Imperial Aramaic
    [InlineData('\u0627', nameof(BidiClass.AL))]
    [InlineData('\u061F', nameof(BidiClass.AL))] // Arabic question mark
    [InlineData('\u0710', nameof(BidiClass.AL))] // Syriac
    [InlineData('\u0780', nameof(BidiClass.AL))] // Thaana
    [InlineData('\u08A0', nameof(BidiClass.AL))]
    [InlineData('\uFB56', nameof(BidiClass.AL))]
    [InlineData('\uFEFB', nameof(BidiClass.AL))]
    [InlineData('7', nameof(BidiClass.EN))]
    [InlineData('\u06F5', nameof(BidiClass.EN))]
    [InlineData('\u00B2', nameof(BidiClass.EN))]
    [InlineData('\u2083', nameof(BidiClass.EN))]
    [InlineData('\uFF17', nameof(BidiClass.EN))]
    [InlineData('\u0663', nameof(BidiClass.AN))]
    [InlineData('\u066B', nameof(BidiClass.AN))]
    [InlineData('\u0600', nameof(BidiClass.AN))]
    [InlineData('+', nameof(BidiClass.ES))]
    [InlineData('-', nameof(BidiClass.ES))]
    [InlineData('\u2212', nameof(BidiClass.ES))]
    [InlineData('#', nameof(BidiClass.ET))]
    [InlineData('$', nameof(BidiClass.ET))]
    [InlineData('%', nameof(BidiClass.ET))]
    [InlineData('\u00B0', nameof(BidiClass.ET))]
    [InlineData('\u00A3', nameof(BidiClass.ET))]
    [InlineData('\u20AC', nameof(BidiClass.ET))]
    [InlineData('\u066A', nameof(BidiClass.ET))]
    [InlineData(',', nameof(BidiClass.CS))]
    [InlineData('.', nameof(BidiClass.CS))]
    [InlineData('/', nameof(BidiClass.CS))]
    [InlineData(':', nameof(BidiClass.CS))]
    [InlineData('\u00A0', nameof(BidiClass.CS))]
    [InlineData('\u060C', nameof(BidiClass.CS))]
    [InlineData('\u0301', nameof(BidiClass.NSM))]
    [InlineData('\u20DD', nameof(BidiClass.NSM))] // enclosing mark
    [InlineData('\u200D', nameof(BidiClass.BN))]
    [InlineData('\u00AD', nameof(BidiClass.BN))]
    [InlineData('\u2067', nameof(BidiClass.BN))] // an isolate control, read as BN
    [InlineData('\uFEFF', nameof(BidiClass.BN))]
    [InlineData('\u0001', nameof(BidiClass.BN))]
    [InlineData('\n', nameof(BidiClass.B))]
    [InlineData('\r', nameof(BidiClass.B))]
    [InlineData('\u2029', nameof(BidiClass.B))]
    [InlineData('\t', nameof(BidiClass.S))]
    [InlineData(' ', nameof(BidiClass.WS))]
    [InlineData('\u2003', nameof(BidiClass.WS))]
    [InlineData('\u3000', nameof(BidiClass.WS))]
    [InlineData('!', nameof(BidiClass.ON))]
    [InlineData('(', nameof(BidiClass.ON))]
    [InlineData('\u201C', nameof(BidiClass.ON))]
    [InlineData('\u2014', nameof(BidiClass.ON))]
    [InlineData(0x1F600, nameof(BidiClass.ON))]
    public void Each_character_has_its_bidi_class(int codePoint, string expected) =>
        BidiCharacters.Of(codePoint).ToString().ShouldBe(expected);

    [Theory]
    [InlineData('(', ')')]
    [InlineData(']', '[')]
    [InlineData('{', '}')]
    [InlineData('<', '>')]
    [InlineData('\u00AB', '\u00BB')]
    [InlineData('\u203A', '\u2039')]
    [InlineData('\u300C', '\u300D')]
    [InlineData('\u3011', '\u3010')]
    [InlineData('a', 'a')]
    [InlineData('\u05D0', '\u05D0')]
    public void Brackets_mirror_at_odd_levels(int codePoint, int expected) =>
        BidiCharacters.Mirror(codePoint).ShouldBe(expected);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Random_mixed_lines_resolve_to_sane_levels(int paragraph)
    {
        string[] alphabet =
        [
            "a", "Z", "é", "e\u0301", "א", "ש", "\u05B8", "م", "پ", "\u064E", "1", "9", "٣", "۴", "¹",
            " ", " ", "\t", "\u00A0", ",", ".", ":", "/", "+", "-", "$", "%", "€", "(", ")", "[", "]", "«", "»",
            "!", "\u2014", "\u200D", "\u200C", "\u200F", "😀", "𐤀", "\uD800", "\uDC00", "\n",
        ];
        var random = new Random(20240917);
        var text = new StringBuilder();
        for (int n = 0; n < 3000; n++)
        {
            text.Clear();
            int length = random.Next(0, 40);
            for (int i = 0; i < length; i++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            string line = text.ToString();
            var levels = new byte[line.Length];
            BidiAlgorithm.ResolveLevels(line, paragraph, levels);

            levels.ShouldAllBe(l => l >= paragraph && l <= paragraph + 2, line);
            for (int i = 0; i + 1 < line.Length; i++)
            {
                if (char.IsSurrogatePair(line[i], line[i + 1]))
                {
                    levels[i + 1].ShouldBe(levels[i], line);
                }
            }

            var order = BidiAlgorithm.VisualOrder(levels);
            order.Order().ShouldBe(Enumerable.Range(0, line.Length), line);
            if (!BidiCharacters.HasRightToLeft(line))
            {
                levels.ShouldAllBe(l => l == paragraph || l == 2, line); // no R, AL or AN: nothing at level 1 but reset whitespace
            }
        }
    }

    [Fact]
    public void Long_lines_resolve_past_the_stack_buffer()
    {
        string text = string.Join(' ', Enumerable.Repeat($"The {Netanyahu} and {Mbs} 2024", 20));
        var levels = new byte[text.Length];

        BidiAlgorithm.ResolveLevels(text, 0, levels);

        text.Length.ShouldBeGreaterThan(256);
        levels.Count(l => l == 2).ShouldBe(20 * 4);
        BidiAlgorithm.VisualOrder(levels).Order().ShouldBe(Enumerable.Range(0, text.Length));
    }

    static string Levels(string text, int paragraph)
    {
        var levels = new byte[text.Length];
        BidiAlgorithm.ResolveLevels(text, paragraph, levels);
        return string.Concat(levels.Select(l => (char)('0' + l)));
    }

    /// <summary>The line as shown, left to right, with brackets mirrored at odd levels (BMP text only).</summary>
    static string Display(string text, int paragraph)
    {
        var levels = new byte[text.Length];
        BidiAlgorithm.ResolveLevels(text, paragraph, levels);
        return string.Concat(BidiAlgorithm.VisualOrder(levels)
            .Select(i => (char)((levels[i] & 1) == 1 ? BidiCharacters.Mirror(text[i]) : text[i])));
    }
}
