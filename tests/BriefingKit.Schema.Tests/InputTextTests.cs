using System.Text;

namespace BriefingKit.Schema.Tests;

/// <summary>Encodings and characters a YAML text case cannot hold: they are built as bytes here.</summary>
public class InputTextTests
{
    private const string Valid = """
        dossier:
          id: case
          title: López Obrador
          as-of: 2023-12-28
          marking: UNCLASSIFIED
        sources:
          - id: src
            outlet: Outlet
            title: Title
            published: 2023-12-28
            reliability: B
        events:
          - id: ev
            date: 2023-12-27
            kind: meeting
            title: Meeting
            citations:
              - source: src
                quote: "text"

        """;

    [Fact]
    public void Invalid_utf8_is_reported_at_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("dossier:\n  id: ca").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("se\n")).ToArray();
        var result = DossierReader.Read("bad.yaml", bytes);
        var d = result.Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Line, d.Column).ShouldBe(("BK1003", 2, 9));
        d.Message.ShouldContain("0xC3");
    }

    [Fact]
    public void Nul_byte_is_reported_where_it_is()
    {
        var result = DossierReader.Read("nul.yaml", Encoding.UTF8.GetBytes(Valid.Replace("title: Title", "title: Ti\0tle", StringComparison.Ordinal)));
        var d = result.Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Line, d.Column).ShouldBe(("BK1004", 9, 14));
        d.Message.ShouldContain("NUL");
    }

    [Fact]
    public void Bidi_override_is_a_warning_at_its_position()
    {
        var result = DossierReader.Read("bidi.yaml", Encoding.UTF8.GetBytes(Valid.Replace("title: Meeting", "title: Mee\u202Eting", StringComparison.Ordinal)));
        var d = result.Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Severity, d.Line, d.Column).ShouldBe(("BK1005", Diagnostics.Severity.Warning, 16, 15));
        result.Spec!.Events[0].Title.ShouldBe("Mee\u202Eting");
    }

    [Fact]
    public void File_over_the_size_limit_is_refused_before_parsing()
    {
        var result = DossierReader.Read("big.yaml", Encoding.UTF8.GetBytes(Valid), SchemaLimits.Default with { MaxFileBytes = 100 });
        var d = result.Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Line, d.Column).ShouldBe(("BK1002", 1, 1));
        result.Spec.ShouldBeNull();
    }

    [Fact]
    public void Text_over_the_size_limit_is_counted_in_bytes_as_the_message_says()
    {
        // 56 characters, 35 of them "é": 91 bytes, over a 60-byte limit although the text is shorter than 60 characters.
        var text = "dossier:\n  title: \"" + new string('é', 35) + "\"\n";
        var result = DossierReader.Read("accents.yaml", text, SchemaLimits.Default with { MaxFileBytes = 60 });
        text.Length.ShouldBeLessThan(60);
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("BK1002");
        d.Message.ShouldStartWith($"file is {Encoding.UTF8.GetByteCount(text)} bytes, over the limit of 60 bytes");
        DossierReader.Read("accents.yaml", text, SchemaLimits.Default with { MaxFileBytes = 200 }).Diagnostics.ShouldNotContain(x => x.Code == "BK1002");
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    public void Byte_order_marked_unicode_is_read_with_accents_intact(string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le" => new UnicodeEncoding(false, true),
            "utf-16be" => new UnicodeEncoding(true, true),
            _ => new UTF32Encoding(false, true),
        };
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Valid)).ToArray();

        var result = DossierReader.Read("bom.yaml", bytes);

        result.Diagnostics.ShouldBeEmpty();
        result.Spec!.Metadata.Title.ShouldBe("López Obrador");
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Other_line_endings_keep_line_numbers_right(string newline)
    {
        var text = Valid.Replace("\n", newline, StringComparison.Ordinal).Replace("date: 2023-12-27", "date: 2023-13-45", StringComparison.Ordinal);
        var d = DossierReader.Read("crlf.yaml", Encoding.UTF8.GetBytes(text)).Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Line, d.Column).ShouldBe(("BK2004", 14, 11));
    }

    [Fact]
    public void Scalars_yaml_would_reinterpret_stay_text()
    {
        var text = Valid.Replace("title: Meeting", "title: no", StringComparison.Ordinal).Replace("outlet: Outlet", "outlet: 0x1F", StringComparison.Ordinal);
        var result = DossierReader.Read("plain.yaml", text);
        result.Diagnostics.ShouldBeEmpty();
        result.Spec!.Events[0].Title.ShouldBe("no");
        result.Spec.Sources[0].Outlet.ShouldBe("0x1F");
    }

    [Fact]
    public void All_problems_are_reported_in_one_pass()
    {
        var text = Valid.Replace("reliability: B", "reliability: Q", StringComparison.Ordinal)
            .Replace("kind: meeting", "kind: meeting\n    colour: red", StringComparison.Ordinal)
            .Replace("- source: src", "- source: nowhere", StringComparison.Ordinal);
        var codes = DossierReader.Read("many.yaml", text).Diagnostics.Select(d => d.Code).ToList();
        codes.ShouldBe(["BK2005", "BK3007", "BK2001", "BK3005"], ignoreOrder: true);
    }
}
