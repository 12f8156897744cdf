using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using BriefingKit.Schema.Diagnostics;

namespace BriefingKit.Schema.Text;

/// <summary>
/// Turns a file's bytes into text for the YAML reader: honours UTF-8/16/32 byte-order marks, rejects
/// invalid UTF-8 and NUL or other control characters with located diagnostics, and warns about
/// bidirectional controls that make text read differently from how it displays.
/// </summary>
internal static class InputText
{
    public static string? Decode(string file, byte[] bytes, SchemaLimits limits, List<Diagnostic> diagnostics)
    {
        if (bytes.LongLength > limits.MaxFileBytes)
        {
            diagnostics.Add(Codes.FileTooLarge.Create(file, TextSpan.FileStart, bytes.LongLength, limits.MaxFileBytes));
            return null;
        }

        var (encoding, bomLength) = DetectEncoding(bytes);
        string text;
        try
        {
            text = encoding.GetString(bytes, bomLength, bytes.Length - bomLength);
        }
        catch (DecoderFallbackException ex)
        {
            var badIndex = bomLength + Math.Max(0, ex.Index);
            var unknown = ex.BytesUnknown is { Length: > 0 } u ? u : new[] { bytes[Math.Min(badIndex, bytes.Length - 1)] };

            // A lone UTF-16 high surrogate is only known to be bad at the next character, so Index then points
            // just past its bytes; step back onto them so the column names the surrogate, not its neighbour.
            if (!BytesAt(bytes, badIndex, unknown) && BytesAt(bytes, badIndex - unknown.Length, unknown))
            {
                badIndex -= unknown.Length;
            }

            var prefix = Lenient(encoding).GetString(bytes, bomLength, Math.Max(0, badIndex - bomLength));
            var span = Locate(prefix, prefix.Length);
            var shown = string.Join(" ", unknown.Select(b => $"0x{b:X2}"));
            diagnostics.Add(Codes.InvalidEncoding.Create(file, span, $"invalid {encoding.WebName.ToUpperInvariant()} byte{(unknown.Length > 1 ? "s" : "")} {shown}; save the file as UTF-8"));
            return null;
        }

        return Check(file, text, diagnostics) ? text : null;
    }

    private static bool BytesAt(byte[] bytes, int index, byte[] expected)
    {
        if (index < 0 || index + expected.Length > bytes.Length)
        {
            return false;
        }

        for (var i = 0; i < expected.Length; i++)
        {
            if (bytes[index + i] != expected[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Checks already-decoded text (the generator receives text, not bytes).</summary>
    public static bool Check(string file, string text, List<Diagnostic> diagnostics)
    {
        // Nearly every file is clean: find that out in one cheap pass, and count lines and columns only
        // when there is something to report.
        if (!HasControlOrBidi(text))
        {
            return true;
        }

        var ok = true;
        var line = 1;
        var column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsForbidden(c))
            {
                diagnostics.Add(Codes.ForbiddenCharacter.Create(file, TextSpan.At(line, column, i), (int)c, Name(c)));
                ok = false;
                if (diagnostics.Count > 100)
                {
                    return false;
                }
            }
            else if (IsBidiControl(c))
            {
                diagnostics.Add(Codes.BidiControl.Create(file, TextSpan.At(line, column, i), (int)c));
            }

            if (EndsLine(text, i))
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return ok;
    }

    /// <summary>True when <paramref name="value"/> holds a character <see cref="CheckEscaped"/> would look at (a cheap pre-test).</summary>
    public static bool HasControlOrBidi(string value)
    {
        foreach (var c in value)
        {
            // Printable ASCII (most of any dossier) is neither; one comparison rules it out.
            if ((uint)(c - 0x20) >= 0x5F && (IsForbidden(c) || IsBidiControl(c)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Checks a double-quoted value after unescaping: <c>"\0"</c>, <c>"\e[31m"</c> or <c>"\u202E"</c> spell characters
    /// the file's text does not hold, so <see cref="Check"/> never saw them. Reports the first of each kind at the value;
    /// a bidi control already present in <paramref name="source"/> (the value as written) was reported by <see cref="Check"/>.
    /// </summary>
    public static bool CheckEscaped(string file, string value, string source, TextSpan span, List<Diagnostic> diagnostics)
    {
        foreach (var c in value)
        {
            if (IsForbidden(c))
            {
                diagnostics.Add(Codes.ForbiddenCharacter.Create(file, span, (int)c, Name(c)));
                return false;
            }
        }

        foreach (var c in value)
        {
            if (IsBidiControl(c) && source.IndexOf(c) < 0)
            {
                diagnostics.Add(Codes.BidiControl.Create(file, span, (int)c));
                break;
            }
        }

        return true;
    }

    /// <summary>Line and column (1-based) of character <paramref name="index"/> in <paramref name="text"/>.</summary>
    public static TextSpan Locate(string text, int index)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (EndsLine(text, i))
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return TextSpan.At(line, column, index);
    }

    /// <summary>
    /// True when <c>text[i]</c> ends a line the way YamlDotNet counts lines (LF, CR not followed by LF, NEL,
    /// U+2028, U+2029), so positions found here agree with the parser's. Counting LF alone put every
    /// problem in a CR-only file on line 1.
    /// </summary>
    private static bool EndsLine(string text, int i) => text[i] switch
    {
        '\n' or '\u0085' or '\u2028' or '\u2029' => true,
        '\r' => i + 1 >= text.Length || text[i + 1] != '\n',
        _ => false,
    };

    private static (Encoding Encoding, int BomLength) DetectEncoding(byte[] b)
    {
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true), 3);
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        return (new UTF8Encoding(false, throwOnInvalidBytes: true), 0);
    }

    private static Encoding Lenient(Encoding strict) => strict switch
    {
        // Code page 12001 is UTF-32 big-endian (the strict encoders carry no preamble to tell by).
        UTF32Encoding => new UTF32Encoding(bigEndian: strict.CodePage == 12001, byteOrderMark: false),
        UnicodeEncoding => Encoding.GetEncoding(strict.CodePage),
        _ => new UTF8Encoding(false),
    };

    // Tab, LF and CR are text; every other C0/C1 control (NUL included) and the BOM in mid-text are not.
    private static bool IsForbidden(char c) =>
        (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';

    private static bool IsBidiControl(char c) =>
        (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    private static string Name(char c) => c switch
    {
        '\0' => "NUL",
        '\uFEFF' => "byte-order mark inside the text",
        _ => "control character",
    };
}
