namespace BriefingKit.Pdf.Fonts.Shaping;

/// <summary>
/// Chooses, character by character, the file that text is shaped in when its face cannot draw it as it
/// stands: the Noto family of its script (bold when the face is bold and a bold file exists), then, for
/// scripts that need shaping, the face's own DejaVu file or DejaVu Sans, then the catch-all families.
/// Files are found like the DejaVu faces (configured font folders first, then the system's) and read only
/// when a character first needs them, so a briefing in Latin script never opens one.
/// </summary>
internal sealed class FallbackFonts(IReadOnlyDictionary<string, string> configured)
{
    readonly List<ShapingFont> _fonts = [];
    readonly Dictionary<string, int> _byPath = new(StringComparer.Ordinal);
    readonly Dictionary<(int CodePoint, int Slot), int> _chosen = [];

    /// <summary>The fonts chosen so far; a face's <see cref="FontFace.Shaped"/> is an index into this list plus one.</summary>
    public IReadOnlyList<ShapingFont> Fonts => _fonts;

    /// <summary>
    /// The shaping font (1-based index) for <paramref name="codePoint"/> in <paramref name="face"/>, or 0 when
    /// no font found covers it. <paramref name="bookFile"/> gives the DejaVu file behind a face.
    /// </summary>
    public int For(FontFace face, int codePoint, Func<FontFace, (LoadedFont Font, string Origin)> bookFile)
    {
        var key = (codePoint, FontBook.Slot(face));
        if (!_chosen.TryGetValue(key, out int index))
        {
            index = Choose(face, codePoint, bookFile);
            _chosen.Add(key, index);
        }

        return index;
    }

    int Choose(FontFace face, int codePoint, Func<FontFace, (LoadedFont Font, string Origin)> bookFile)
    {
        if (Scripts.FamilyOf(codePoint) is { } family && TryFamily(family, face.Bold, codePoint, out int index))
        {
            return index;
        }

        if (Scripts.NeedsShaping(codePoint))
        {
            foreach (var book in new[] { face, face with { Family = FontFamilyRole.Sans } })
            {
                var (font, origin) = bookFile(book);
                if (font.Coverage.Contains(codePoint) && font.Embeddable is not null)
                {
                    return Register(font, origin, book.FileName);
                }
            }
        }

        foreach (var catchall in Scripts.Catchall)
        {
            if (TryFamily(catchall, face.Bold, codePoint, out index))
            {
                return index;
            }
        }

        // A script no table names (Mro, Adlam, ...): any installed Noto font that has the character.
        foreach (var (name, path) in FontLocator.All(configured))
        {
            if (name.StartsWith("Noto", StringComparison.Ordinal) && name.EndsWith("-Regular.ttf", StringComparison.Ordinal)
                && CoverageOnly.Of(path).Contains(codePoint))
            {
                var noto = new Scripts.Family(name, name.Replace("-Regular.ttf", "-Bold.ttf", StringComparison.Ordinal), "");
                if (TryFamily(noto, face.Bold, codePoint, out index))
                {
                    return index;
                }
            }
        }

        return 0;
    }

    bool TryFamily(Scripts.Family family, bool bold, int codePoint, out int index)
    {
        foreach (string name in bold ? [family.Bold, family.Regular] : new[] { family.Regular })
        {
            if (FontLocator.Find(name, configured) is not { } path)
            {
                continue;
            }

            var font = LoadedFont.File(path);
            if (font.Coverage.Contains(codePoint) && font.Embeddable is not null)
            {
                index = Register(font, path, name);
                return true;
            }
        }

        index = 0;
        return false;
    }

    int Register(LoadedFont font, string origin, string fileName)
    {
        if (!_byPath.TryGetValue(origin, out int index))
        {
            _fonts.Add(new ShapingFont(font, origin, fileName));
            index = _fonts.Count;
            _byPath.Add(origin, index);
        }

        return index;
    }
}
