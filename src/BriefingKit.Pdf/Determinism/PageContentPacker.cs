using PdfSharp.Pdf.Advanced;

namespace BriefingKit.Pdf.Determinism;

/// <summary>
/// Compresses each page's content stream as soon as the page is painted, on a worker thread, while the
/// next pages are being painted. Content streams are most of a briefing's bytes: packing them early
/// overlaps the compression with painting and frees each page's uncompressed bytes instead of holding
/// them all until the document is saved. Results are applied on the painting thread, in page order, so
/// PDFsharp's objects are only ever touched by one thread; the bytes do not depend on the scheduling.
/// </summary>
internal sealed class PageContentPacker
{
    readonly Queue<(PdfContent Content, Task<byte[]> Packed)> _pending = new();

    /// <summary>Queues a page's finished content stream.</summary>
    public void Add(PdfContent content)
    {
        if (content.Stream is { } stream && stream.Value.Length >= StreamDeflater.MinimumLength && !content.Elements.ContainsKey("/Filter"))
        {
            byte[] data = stream.Value;
            _pending.Enqueue((content, Task.Run(() => StreamDeflater.Compress(data))));
        }

        while (_pending.TryPeek(out var next) && next.Packed.IsCompleted)
        {
            Apply(_pending.Dequeue());
        }
    }

    /// <summary>Waits for and applies everything still queued.</summary>
    public void Finish()
    {
        while (_pending.TryDequeue(out var next))
        {
            Apply(next);
        }
    }

    static void Apply((PdfContent Content, Task<byte[]> Packed) item)
    {
        byte[] packed = item.Packed.GetAwaiter().GetResult();
        if (packed.Length < item.Content.Stream!.Value.Length)
        {
            item.Content.Stream.Value = packed; // also updates /Length
            item.Content.Elements.SetName("/Filter", "/FlateDecode");
        }
    }
}
