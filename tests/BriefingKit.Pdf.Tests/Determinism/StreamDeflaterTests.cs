using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingKit.Pdf.Determinism;
using BriefingKit.Pdf.Tests.Support;

namespace BriefingKit.Pdf.Tests.Determinism;

/// <summary>
/// The finisher compresses the streams of PDFsharp's uncompressed save in place. These tests build small
/// PDFs in PDFsharp's shape by hand, so every byte the rewriter must keep or change is known.
/// </summary>
public sealed partial class StreamDeflaterTests
{
    static readonly string Content = string.Concat(Enumerable.Repeat("BT /F0 9 Tf 54 700 Td <0041004200430044> Tj ET\n", 40));

    [Fact]
    public void Streams_are_compressed_and_inflate_back_to_their_bytes()
    {
        var pdf = Build(
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Count 0/Kids[]>>",
            Stream("<</Length {0}>>", Content));

        var packed = StreamDeflater.Deflate(pdf);

        string text = PdfBytes.Latin1(packed);
        text.ShouldContain("/Filter/FlateDecode");
        var streams = PdfBytes.FlateStreams(packed);
        streams.Count.ShouldBe(1);
        Encoding.Latin1.GetString(PdfBytes.Inflate(streams[0])).ShouldBe(Content);
        packed.Length.ShouldBeLessThan(pdf.Length);
    }

    [Fact]
    public void The_cross_reference_table_points_at_every_object_after_the_rewrite()
    {
        var pdf = Build(
            "<</Type/Catalog/Pages 2 0 R>>",
            Stream("<</Length {0}>>", Content),
            "<</Type/Pages/Count 0/Kids[]>>",
            Stream("<</Length1 {0}/Length {0}>>", Content + Content));

        string text = PdfBytes.Latin1(StreamDeflater.Deflate(pdf));

        var entries = XrefEntry().Matches(text[text.LastIndexOf("\nxref\n", StringComparison.Ordinal)..]).ToList();
        entries.Count.ShouldBe(5);
        for (int number = 1; number < entries.Count; number++)
        {
            int offset = int.Parse(entries[number].Groups[1].Value, CultureInfo.InvariantCulture);
            text[offset..].ShouldStartWith($"{number} 0 obj");
        }

        int startxref = int.Parse(StartXref().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        text[startxref..].ShouldStartWith("xref");
        text.ShouldEndWith("%%EOF\n");
    }

    [Fact]
    public void Metadata_filtered_and_tiny_streams_are_copied_unchanged()
    {
        var pdf = Build(
            "<</Type/Catalog>>",
            Stream("<</Type/Metadata/Subtype/XML/Length {0}>>", Content),
            Stream("<</Filter/ASCIIHexDecode/Length {0}>>", Content),
            Stream("<</Length {0}>>", "q Q\n"));

        var packed = StreamDeflater.Deflate(pdf);

        packed.ShouldBe(pdf);
    }

    [Fact]
    public void Strings_and_nested_values_in_a_dictionary_are_not_mistaken_for_its_keys()
    {
        var pdf = Build(
            "<</Type/Catalog/Title(a >> b \\) /Length 3 stream)>>",
            Stream("<</Note(>>\nstream\n)/Hex<3E3E>/Inner<</Length 7>>/Array[/Length 9]/Length {0}>>", Content));

        var packed = StreamDeflater.Deflate(pdf);

        string text = PdfBytes.Latin1(packed);
        text.ShouldContain("/Title(a >> b \\) /Length 3 stream)");
        text.ShouldContain("/Inner<</Length 7>>/Array[/Length 9]/Length ");
        int length = int.Parse(PackedLength().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        int data = text.LastIndexOf(">>\nstream\n", StringComparison.Ordinal) + ">>\nstream\n".Length;
        Encoding.Latin1.GetString(PdfBytes.Inflate(packed[data..(data + length)])).ShouldBe(Content);
    }

    [Fact]
    public void A_length_that_does_not_reach_endstream_is_refused_not_guessed()
    {
        var pdf = Build("<</Type/Catalog>>", Stream("<</Length {0}>>", Content).Replace($"/Length {Content.Length}", $"/Length {Content.Length - 5}", StringComparison.Ordinal));

        Should.Throw<InvalidDataException>(() => StreamDeflater.Deflate(pdf));
    }

    [Fact]
    public void An_indirect_length_is_refused()
    {
        var pdf = Build("<</Type/Catalog>>", Stream("<</Length 3 0 R>>", Content));

        Should.Throw<InvalidDataException>(() => StreamDeflater.Deflate(pdf)).Message.ShouldContain("/Length");
    }

    [Fact]
    public void A_file_without_a_cross_reference_table_is_refused()
    {
        Should.Throw<InvalidDataException>(() => StreamDeflater.Deflate(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")));
    }

    /// <summary>A stream object body; {0} in the dictionary is replaced by the data's length.</summary>
    static string Stream(string dictionary, string data) =>
        string.Format(CultureInfo.InvariantCulture, dictionary, data.Length) + "\nstream\n" + data + "\nendstream";

    /// <summary>A PDF laid out as PDFsharp 6.2 writes it: one object after another, an xref table, a trailer.</summary>
    static byte[] Build(params string[] bodies)
    {
        var pdf = new StringBuilder("%PDF-1.7\n%\u00d3\u00f4\u00cc\u00e1\n");
        var offsets = new List<int>();
        for (int i = 0; i < bodies.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{bodies[i]}\nendobj\n");
        }

        int xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {bodies.Length + 1}\n0000000000 65535 f \n");
        foreach (int offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<</Root 1 0 R/Size {bodies.Length + 1}>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    [GeneratedRegex(@"(\d{10}) \d{5} [nf] \n")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"/Length (\d+)/Filter/FlateDecode")]
    private static partial Regex PackedLength();

    [GeneratedRegex(@"startxref\n(\d+)\n%%EOF\n$")]
    private static partial Regex StartXref();
}
