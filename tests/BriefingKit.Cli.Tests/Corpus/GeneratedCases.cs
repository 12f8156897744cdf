using System.Text;
using BriefingKit.Cli.Tests.Support;
using BriefingKit.Schema;

namespace BriefingKit.Cli.Tests.Corpus;

/// <summary>
/// Cases a YAML text file in Corpus/ cannot hold: other encodings and broken bytes, sizes in megabytes, deep
/// nesting, folders, missing and unreadable files. Each is written into the test's temp folder when run.
/// </summary>
public static partial class GeneratedCases
{
    private const int Deep = 100_000;

    public static IEnumerable<BadInputCase> All() => Encodings().Concat(FileSystem()).Concat(Hostile()).Concat(Quadratic());

    private static IEnumerable<BadInputCase> Encodings()
    {
        yield return Bytes("gen.utf8-bom", Bom(new UTF8Encoding(true), Dossiers.Minimal), renders: "López Obrador");
        yield return Bytes("gen.utf16le-bom", Bom(new UnicodeEncoding(false, true), Dossiers.Minimal), renders: "López Obrador");
        yield return Bytes("gen.utf16be-bom", Bom(new UnicodeEncoding(true, true), Dossiers.Minimal), renders: "López Obrador");
        yield return Bytes("gen.utf32le-bom", Bom(new UTF32Encoding(false, true), Dossiers.Minimal), renders: "López Obrador");
        yield return Bytes("gen.utf32be-bom", Bom(new UTF32Encoding(true, true), Dossiers.Minimal), renders: "López Obrador");
        yield return Bytes("gen.crlf", Utf8(Dossiers.Minimal.Replace("\n", "\r\n", StringComparison.Ordinal)), renders: "López Obrador");

        // Broken bytes are reported where they are (line and column in characters, after the BOM).
        yield return Bytes("gen.invalid-utf8", Splice(Dossiers.Minimal, "Title", [0xC3, 0x28]), Expected.At("BK1003", 9, 12));
        var padded = "# " + new string('x', 200_000) + "\n" + Dossiers.Minimal;
        yield return Bytes("gen.invalid-utf8-after-200k", Splice(padded, "Meeting", [0xFF]), Expected.At("BK1003", 17, 12));
        yield return Bytes("gen.invalid-utf8-overlong", Splice(Dossiers.Minimal, "Outlet", [0xC0, 0xAF]), Expected.At("BK1003", 8, 13));
        yield return Bytes("gen.invalid-utf8-surrogate", Splice(Dossiers.Minimal, "Meeting", [0xED, 0xA0, 0x80]), Expected.At("BK1003", 16, 12));
        yield return Bytes("gen.invalid-utf16le-lone-surrogate", Bom(new UnicodeEncoding(false, true), Dossiers.Minimal.Replace("Meeting", "Mee\uD800ting", StringComparison.Ordinal), strict: false), Expected.At("BK1003", 16, 15));
        yield return Bytes("gen.invalid-utf32be-out-of-range", Utf32BeWithBadCodePoint(), Expected.At("BK1003", 16, 12));
        yield return Bytes("gen.nul-byte", Utf8(Dossiers.Minimal.Replace("Title", "Ti\0tle", StringComparison.Ordinal)), Expected.At("BK1004", 9, 14));
        yield return Bytes("gen.escape-character", Utf8(Dossiers.Minimal.Replace("Meeting", "Mee\u001b[31mting", StringComparison.Ordinal)), Expected.At("BK1004", 16, 15));
        yield return Bytes("gen.bom-mid-text", Utf8(Dossiers.Minimal.Replace("Meeting", "Mee\uFEFFting", StringComparison.Ordinal)), Expected.At("BK1004", 16, 15));

        // Other line endings keep line numbers right, both for the parser's errors and for the character checks.
        var badDate = Dossiers.Minimal.Replace("date: 2023-12-27", "date: 2023-13-45", StringComparison.Ordinal);
        yield return Bytes("gen.crlf-bad-date", Utf8(badDate.Replace("\n", "\r\n", StringComparison.Ordinal)), Expected.At("BK2004", 14, 11));
        yield return Bytes("gen.cr-bad-date", Utf8(badDate.Replace("\n", "\r", StringComparison.Ordinal)), Expected.At("BK2004", 14, 11));
        var nul = Dossiers.Minimal.Replace("Title", "Ti\0tle", StringComparison.Ordinal);
        yield return Bytes("gen.cr-nul-byte", Utf8(nul.Replace("\n", "\r", StringComparison.Ordinal)), Expected.At("BK1004", 9, 14));
        // YamlDotNet (YAML 1.1) counts U+2028 as a line break, and so must the character checks: the bidi
        // control after it is reported on the line the parser would name. (The separator itself breaks the quoted value.)
        yield return Bytes("gen.line-separator-bidi", Utf8(Dossiers.Minimal.Replace("title: Meeting", "title: \"Mee\u2028ting\"\n    notes: x", StringComparison.Ordinal)
            .Replace("quote: \"text\"", "quote: \"te\u202Ext\"", StringComparison.Ordinal)), Expected.At("BK1010", 16, 12), Expected.At("BK1005", 21, 19));
    }

    private static IEnumerable<BadInputCase> FileSystem()
    {
        yield return Prepared("gen.missing-file", f => new PreparedInput(f["missing.dossier.yaml"]), Expected.At("BK1001", 1, 1));
        yield return Prepared("gen.directory", f => new PreparedInput(Directory.CreateDirectory(f["folder.dossier.yaml"]).FullName), Expected.At("BK1001", 1, 1));
        yield return Prepared("gen.empty-file", f => new PreparedInput(f.Write("empty.dossier.yaml", [])), Expected.At("BK1016", 1, 1));

        // Another process holds the file exclusively (works even as root, where permission bits do not stop reads).
        yield return Prepared("gen.locked-file", f =>
        {
            var path = f.Write("locked.dossier.yaml", Dossiers.Minimal);
            return new PreparedInput(path, new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None));
        }, Expected.At("BK1001", 1, 1));

        if (OperatingSystem.IsLinux() && File.Exists("/dev/zero"))
        {
            // Reports length 0 and never ends: the read must stop at the size limit.
            yield return Prepared("gen.dev-zero", _ => new PreparedInput("/dev/zero"), Expected.At("BK1001", 1, 1));
        }

        if (!OperatingSystem.IsWindows() && Environment.UserName != "root")
        {
            yield return Prepared("gen.no-read-permission", f =>
            {
                var path = f.Write("secret.dossier.yaml", Dossiers.Minimal);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.None);
                }

                return new PreparedInput(path);
            }, Expected.At("BK1001", 1, 1));
        }
    }

    private static BadInputCase Bytes(string name, byte[] bytes, params Expected[] expected) => Bytes(name, bytes, SchemaLimits.Default, null, expected);

    private static BadInputCase Bytes(string name, byte[] bytes, string renders) => Bytes(name, bytes, SchemaLimits.Default, renders);

    private static BadInputCase Bytes(string name, byte[] bytes, SchemaLimits limits, string? renders, params Expected[] expected) =>
        Generate(name, () => bytes, limits, renders, expected);

    /// <summary>Large inputs are produced when the case runs, not when the case list is built.</summary>
    private static BadInputCase Generate(string name, Func<byte[]> bytes, SchemaLimits limits, string? renders, params Expected[] expected) =>
        new(name, f => new PreparedInput(f.Write(name + ".dossier.yaml", bytes())), expected, limits, renders is null ? [] : [renders]);

    private static BadInputCase Prepared(string name, Func<TempFolder, PreparedInput> prepare, params Expected[] expected) =>
        new(name, prepare, expected, SchemaLimits.Default, []);

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static byte[] Bom(Encoding encoding, string text, bool strict = true)
    {
        // A lone surrogate needs an encoder that writes it as-is instead of replacing it.
        var body = strict ? encoding.GetBytes(text) : RawUtf16(text, encoding is UnicodeEncoding u && u.GetPreamble()[0] == 0xFE);
        return [.. encoding.GetPreamble(), .. body];
    }

    private static byte[] RawUtf16(string text, bool bigEndian) =>
        text.SelectMany(c => bigEndian ? new[] { (byte)(c >> 8), (byte)c } : new[] { (byte)c, (byte)(c >> 8) }).ToArray();

    /// <summary>UTF-32BE with a code point past U+10FFFF where "Meeting" starts.</summary>
    private static byte[] Utf32BeWithBadCodePoint()
    {
        var encoding = new UTF32Encoding(true, true);
        var at = Dossiers.Minimal.IndexOf("Meeting", StringComparison.Ordinal);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(Dossiers.Minimal[..at]), 0x00, 0x11, 0x00, 0x00, .. encoding.GetBytes(Dossiers.Minimal[at..])];
    }

    /// <summary>UTF-8 of <paramref name="text"/> with raw bytes inserted before the first <paramref name="marker"/>.</summary>
    private static byte[] Splice(string text, string marker, byte[] raw)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return [.. Utf8(text[..at]), .. raw, .. Utf8(text[at..])];
    }
}
