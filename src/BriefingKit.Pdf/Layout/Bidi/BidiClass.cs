namespace BriefingKit.Pdf.Layout.Bidi;

/// <summary>
/// The Unicode bidirectional character types (UAX #9, table 4) that matter for one line without explicit
/// embeddings or isolates: their controls are read as <see cref="BN"/>, so LRE, RLO, LRI, PDI… are absent.
/// </summary>
internal enum BidiClass
{
    /// <summary>Left-to-right: Latin, Cyrillic, Greek, CJK and every other script that is not right-to-left.</summary>
    L,

    /// <summary>Right-to-left: Hebrew and the other non-Arabic right-to-left scripts.</summary>
    R,

    /// <summary>Arabic letter: right-to-left, and turns European digits after it into Arabic numbers (W2).</summary>
    AL,

    /// <summary>European number: ASCII, Persian and superscript digits.</summary>
    EN,

    /// <summary>European separator: plus and minus.</summary>
    ES,

    /// <summary>European terminator: currency, percent, degree, number sign.</summary>
    ET,

    /// <summary>Arabic number: Arabic-Indic digits and their separators.</summary>
    AN,

    /// <summary>Common separator: comma, full stop, slash, colon, no-break space.</summary>
    CS,

    /// <summary>Non-spacing mark: takes the type of the character it sits on (W1).</summary>
    NSM,

    /// <summary>Boundary neutral: format and control characters, ignored by the rules (X9).</summary>
    BN,

    /// <summary>Paragraph separator.</summary>
    B,

    /// <summary>Segment separator: tab.</summary>
    S,

    /// <summary>Whitespace.</summary>
    WS,

    /// <summary>Other neutral: punctuation and symbols.</summary>
    ON,
}
