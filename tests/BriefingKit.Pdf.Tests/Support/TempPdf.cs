namespace BriefingKit.Pdf.Tests.Support;

/// <summary>A PDF written to a temporary file for external tools, deleted afterwards.</summary>
internal sealed class TempPdf : IDisposable
{
    public TempPdf(byte[] bytes)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"briefingkit-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(Path, bytes);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
