using PdfSharp.Pdf;

namespace BriefingKit.Pdf.Determinism;

/// <summary>
/// PDFsharp names each embedded subset "XXXXXX+Family" with six letters from Guid.NewGuid(). The PDF
/// spec only asks that different subsets get different tags, so before saving, each tag is replaced by
/// one derived from the document identity and the font's name, consistently in the font descriptor and
/// both font dictionaries (Type0 and its CIDFont).
/// </summary>
internal static class SubsetTags
{
    const int TagLength = 6;

    public static void Stabilize(PdfDocument document, DocumentIdentity identity)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var font in document.Internals.GetAllObjects().OfType<PdfDictionary>().Where(IsType0Font))
        {
            string name = font.Elements.GetName("/BaseFont").TrimStart('/');
            if (name.IndexOf('+', StringComparison.Ordinal) != TagLength)
            {
                continue;
            }

            string baseName = name[(TagLength + 1)..];
            string tag = identity.SubsetTag(baseName);
            for (int attempt = 1; !used.Add(tag); attempt++)
            {
                tag = identity.SubsetTag(baseName, attempt);
            }

            string renamed = "/" + tag + "+" + baseName;
            font.Elements.SetName("/BaseFont", renamed);
            foreach (var cidFont in (Resolve(font.Elements["/DescendantFonts"]) as PdfArray)?.Elements.Select(Resolve).OfType<PdfDictionary>() ?? [])
            {
                cidFont.Elements.SetName("/BaseFont", renamed);
                (Resolve(cidFont.Elements["/FontDescriptor"]) as PdfDictionary)?.Elements.SetName("/FontName", renamed);
            }
        }
    }

    static bool IsType0Font(PdfDictionary d) => d.Elements.GetName("/Type") == "/Font" && d.Elements.GetName("/Subtype") == "/Type0";

    static PdfItem? Resolve(PdfItem? item) => item is PdfSharp.Pdf.Advanced.PdfReference r ? r.Value : item;
}
