using System.Buffers;
using System.Text;

namespace BriefingKit.Rendering;

/// <summary>
/// A text writer over one pooled, growing character array. A briefing of 10,000 facts is 6 million characters:
/// in a <see cref="StringWriter"/> that is hundreds of small chunks that every garbage collection during the
/// render copies again, and that collection time was most of the render. One large array is never moved and
/// is edited in place afterwards (<see cref="MarkdownRenderer"/> tidies it there).
/// </summary>
internal sealed class PooledTextWriter(int capacity) : TextWriter
{
    private char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 256));

    public int Length { get; private set; }

    public override Encoding Encoding => Encoding.Unicode;

    /// <summary>The text written so far, with one more slot after it, for edits that may add a final character.</summary>
    public Span<char> WrittenWithSpare
    {
        get
        {
            Reserve(1);
            return buffer.AsSpan(0, Length + 1);
        }
    }

    public override void Write(char value)
    {
        Reserve(1);
        buffer[Length++] = value;
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Reserve(buffer.Length);
        buffer.CopyTo(this.buffer.AsSpan(Length));
        Length += buffer.Length;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override string ToString() => new(buffer, 0, Length);

    protected override void Dispose(bool disposing)
    {
        if (disposing && buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = [];
        }

        base.Dispose(disposing);
    }

    private void Reserve(int more)
    {
        if (Length + more <= buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max((long)buffer.Length * 2, (long)Length + more)));
        buffer.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = larger;
    }
}
