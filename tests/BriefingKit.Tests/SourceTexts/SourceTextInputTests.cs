using BriefingKit.Loading;
using BriefingKit.Schema;

namespace BriefingKit.Tests.SourceTexts;

/// <summary>Bad <c>text:</c> values: a located BK3012 at the value, no dossier, no crash.</summary>
public sealed class SourceTextInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("bk-source-text-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_source_without_text_is_not_checked_and_the_report_says_so()
    {
        var result = Load(null, quote: "text");

        result.Diagnostics.ShouldBeEmpty();
        result.SourceTexts.ShouldHaveSingleItem().ShouldBe(new BriefingKit.Loading.SourceTexts.SourceTextReport("src", null, 1, 0));
    }

    [Fact]
    public void A_quote_and_its_locator_are_checked_against_a_stored_text()
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Header line\nThe meeting was productive, officials said.\n");

        Load("a.txt", quote: "The meeting was productive").Diagnostics.ShouldBeEmpty();
        Load("a.txt", quote: "The meeting was productive", locator: "para 2").Diagnostics.ShouldBeEmpty();
        var wrong = Load("a.txt", quote: "The meeting was productive", locator: "para 1").Diagnostics.ShouldHaveSingleItem();
        wrong.Code.ShouldBe("BK3011");
        wrong.Message.ShouldBe("the quote is in para 2 of a.txt, not in 'para 1'");
        (wrong.Line, wrong.Column).ShouldBe((LineOf("locator:"), 18));
        var drifted = Load("a.txt", quote: "The meeting was very productive").Diagnostics.ShouldHaveSingleItem();
        drifted.Code.ShouldBe("BK3010");
        drifted.Line.ShouldBe(LineOf("quote:"));
    }

    [Fact]
    public void An_empty_quote_is_one_error_not_two()
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Some text.\n");

        Load("a.txt", quote: " ").Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("BK2010");
    }

    [Theory]
    [InlineData("missing.txt", "no such file")]
    [InlineData("../outside.txt", "outside the dossier's folder")]
    [InlineData("sub/../../outside.txt", "outside the dossier's folder")]
    [InlineData("/etc/hostname", "relative to the dossier file")]
    [InlineData("sub", "it is a directory")]
    public void A_text_that_cannot_be_read_is_located_at_its_path(string path, string why)
    {
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        var error = Load(path, quote: "text").Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe("BK3012");
        error.Message.ShouldContain(why);
        error.Line.ShouldBe(LineOf("text:"));
    }

    [Fact]
    public void A_link_that_leads_out_of_the_folder_is_refused()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"bk-outside-{Guid.NewGuid():N}.txt");
        File.WriteAllText(outside, "text");
        try
        {
            File.CreateSymbolicLink(Path.Combine(folder, "link.txt"), outside);
            Load("link.txt", quote: "text").Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("outside the dossier's folder");
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void Invalid_utf8_and_an_oversized_text_are_errors()
    {
        File.WriteAllBytes(Path.Combine(folder, "latin1.txt"), [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'\n']);
        Load("latin1.txt", quote: "text").Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("not valid UTF-8 (byte 0xE9 at offset 3)");

        File.WriteAllText(Path.Combine(folder, "big.txt"), new string('x', 5000));
        var big = Load("big.txt", quote: "text", limits: SchemaLimits.Default with { MaxFileBytes = 4096 }).Diagnostics.ShouldHaveSingleItem();
        big.Code.ShouldBe("BK3012");
        big.Message.ShouldContain("5,000 bytes, over the limit of 4,096 bytes");
    }

    private string yaml = string.Empty;

    private int LineOf(string key) => yaml.Split('\n').ToList().FindIndex(l => l.TrimStart().StartsWith(key, StringComparison.Ordinal)) + 1;

    private DossierLoadResult Load(string? text, string quote, string? locator = null, SchemaLimits? limits = null)
    {
        yaml = Seed.Minimal
            .Replace("    reliability: B\n", text is null ? "    reliability: B\n" : $"    reliability: B\n    text: \"{text}\"\n", StringComparison.Ordinal)
            .Replace("        quote: \"text\"\n", $"        quote: \"{quote}\"\n" + (locator is null ? string.Empty : $"        locator: \"{locator}\"\n"), StringComparison.Ordinal);
        var path = Path.Combine(folder, "case.dossier.yaml");
        File.WriteAllText(path, yaml);
        return DossierLoader.Load(path, limits);
    }
}
