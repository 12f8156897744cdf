using BriefingKit.Pdf.Fonts;

namespace BriefingKit.Pdf.Markdown;

/// <summary>Glyph coverage as the Markdown builders need it; <see cref="FontBook"/> implements it.</summary>
internal interface IGlyphCoverage
{
    bool Covers(FontFace face, int codePoint);

    /// <summary>The fallback file (1-based) to shape a character in when its face cannot draw it as it stands; 0 when none has it.</summary>
    int ShapingFontFor(FontFace face, int codePoint) => 0;

    /// <summary>What to install to get a font for a character no font found has (the end of BK6001).</summary>
    string Advice(int codePoint) => "Put a font that has it in a --font-folder";
}

/// <summary>A heading as the table of contents lists it.</summary>
internal sealed record HeadingEntry(string Anchor, int Level, string Title);

/// <summary>Shared state of one Markdown → elements build: diagnostics, fonts, heading anchors.</summary>
internal sealed class BuildContext(DiagnosticBag diagnostics, IGlyphCoverage glyphs)
{
    readonly Dictionary<string, int> _slugs = new(StringComparer.Ordinal);
    readonly Dictionary<FontFace, bool> _asciiFaces = [];

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public IGlyphCoverage Glyphs { get; } = glyphs;

    /// <summary>Whether a face has every printable ASCII character (U+0021–U+007E); asked per run, found once per face.</summary>
    public bool CoversAscii(FontFace face)
    {
        if (!_asciiFaces.TryGetValue(face, out bool all))
        {
            all = true;
            for (int c = 0x21; c <= 0x7E && all; c++)
            {
                all = Glyphs.Covers(face, c);
            }

            _asciiFaces[face] = all;
        }

        return all;
    }

    /// <summary>Every section heading built so far, in document order (for the table of contents).</summary>
    public List<HeadingEntry> Headings { get; } = [];

    /// <summary>A unique anchor for a heading: lower-case letters and digits joined by hyphens.</summary>
    public string Anchor(string title)
    {
        var chars = title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        string slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length == 0)
        {
            slug = "section";
        }

        if (_slugs.TryGetValue(slug, out int n))
        {
            _slugs[slug] = n + 1;
            return $"{slug}-{n + 1}";
        }

        _slugs[slug] = 1;
        return slug;
    }
}
