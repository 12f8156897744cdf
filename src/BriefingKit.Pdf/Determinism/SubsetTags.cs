using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace BriefingKit.Pdf.Determinism;

/// <summary>
/// PDFsharp names each embedded subset "XXXXXX+Family" with six letters from Guid.NewGuid(). The PDF
/// spec only asks that different subsets get different tags, so the tag is derived from the subset's
/// font program instead, and renamed consistently in the descriptor and the font dictionaries.
/// </summary>
internal static class SubsetTags
{
    public static void Stabilize(PdfDocument document)
    {
        var objects = document.Internals.GetAllObjects();
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var descriptor in objects.OfType<PdfDictionary>().Where(d => d.Elements.GetName("/Type") == "/FontDescriptor"))
        {
            string name = descriptor.Elements.GetName("/FontName").TrimStart('/');
            int plus = name.IndexOf('+', StringComparison.Ordinal);
            var program = (descriptor.Elements["/FontFile2"] as PdfReference)?.Value as PdfDictionary
                ?? (descriptor.Elements["/FontFile2"] as PdfDictionary);
            if (plus != 6 || program?.Stream is null)
            {
                continue;
            }

            string baseName = name[(plus + 1)..];
            string renamed = DocumentIdentity.SubsetTag(program.Stream.UnfilteredValue, baseName) + "+" + baseName;
            renames[name] = renamed;
            descriptor.Elements.SetName("/FontName", "/" + renamed);
        }

        foreach (var font in objects.OfType<PdfDictionary>().Where(d => d.Elements.GetName("/Type") == "/Font"))
        {
            if (renames.TryGetValue(font.Elements.GetName("/BaseFont").TrimStart('/'), out var renamed))
            {
                font.Elements.SetName("/BaseFont", "/" + renamed);
            }
        }
    }
}
