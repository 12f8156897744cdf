using System.Buffers.Binary;
using System.Text.RegularExpressions;
using BriefingKit.Pdf.Tests.Support;

namespace BriefingKit.Pdf.Tests.Determinism;

public sealed partial class DeterminismTests
{
    [Fact]
    public void Rendering_the_same_input_twice_gives_identical_bytes()
    {
        var first = Samples.Render(Samples.Briefing);
        var second = Samples.Render(Samples.Briefing);

        first.Length.ShouldBeGreaterThan(10_000);
        second.SequenceEqual(first).ShouldBeTrue("two renders of the fixture differ");
    }

    [Fact]
    public void Parallel_renders_are_identical_too()
    {
        var results = new byte[4][];
        Parallel.For(0, results.Length, i => results[i] = Samples.Render(Samples.Briefing));

        results.ShouldAllBe(r => r.SequenceEqual(results[0]));
    }

    [Fact]
    public void Dates_come_from_the_timestamp_option_in_utc()
    {
        string pdf = PdfBytes.Latin1(Samples.Render(Samples.Briefing));

        pdf.ShouldContain("/CreationDate(D:20231228120000+00'00')");
        pdf.ShouldContain("/ModDate(D:20231228120000+00'00')");
        pdf.ShouldContain("<xmp:CreateDate>2023-12-28T12:00:00Z</xmp:CreateDate>");
        pdf.ShouldNotContain(DateTime.UtcNow.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Without_a_timestamp_the_front_matter_date_is_used()
    {
        string pdf = PdfBytes.Latin1(Samples.Render(Samples.Briefing, new PdfBriefingOptions()));

        pdf.ShouldContain("/CreationDate(D:20231228000000+00'00')");
    }

    [Fact]
    public void Trailer_and_xmp_ids_are_derived_from_the_content()
    {
        string a = PdfBytes.Latin1(Samples.Render(Samples.Briefing));
        string b = PdfBytes.Latin1(Samples.Render(Samples.Briefing.Replace("Bárcena in Mexico City", "Bárcena in Ciudad de México", StringComparison.Ordinal)));

        TrailerId(a).ShouldNotBe(TrailerId(b));
        XmpId(a, "DocumentID").ShouldNotBe(XmpId(b, "DocumentID"));
        XmpId(a, "DocumentID").ShouldNotBe(XmpId(a, "InstanceID"));
        Regex.Count(a, "<xmpMM:DocumentID>").ShouldBe(1); // the first save's packet is gone
    }

    [Fact]
    public void Font_subset_tags_are_stable_and_distinct_per_subset()
    {
        var tags = SubsetTags(PdfBytes.Latin1(Samples.Render(Samples.Briefing)));

        tags.ShouldNotBeEmpty();
        tags.ShouldBe(SubsetTags(PdfBytes.Latin1(Samples.Render(Samples.Briefing))));
        tags.Select(t => t[..6]).Distinct().Count().ShouldBe(tags.Count);
    }

    [Fact]
    public void Every_compressed_stream_is_a_complete_zlib_stream_with_its_adler32_trailer()
    {
        var streams = PdfBytes.FlateStreams(Samples.Render(Samples.Briefing));

        streams.Count.ShouldBeGreaterThan(10);
        foreach (var zlib in streams)
        {
            var data = PdfBytes.Inflate(zlib);
            BinaryPrimitives.ReadUInt32BigEndian(zlib.AsSpan(zlib.Length - 4)).ShouldBe(PdfBytes.Adler32(data));
        }
    }

    static string TrailerId(string pdf) => TrailerIdPattern().Match(pdf).Groups[1].Value;

    static string XmpId(string pdf, string kind) => Regex.Match(pdf, $"<xmpMM:{kind}>uuid:([0-9a-f-]{{36}})<").Groups[1].Value;

    static List<string> SubsetTags(string pdf) =>
        [.. FontNamePattern().Matches(pdf).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"/ID\[<([0-9A-F]+)>")]
    private static partial Regex TrailerIdPattern();

    [GeneratedRegex(@"/FontName/([A-Z]{6}\+[^/\s>]+)")]
    private static partial Regex FontNamePattern();
}
