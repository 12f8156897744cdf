using Scriban.Parsing;

namespace BriefingKit.Templates;

/// <summary>
/// Where each block of a template opens and ends, read from Scriban's tokens. Scriban reports a block without
/// <c>{{ end }}</c> at the end of the file and a stray <c>{{ end }}</c> at its last letter; an author needs the
/// <c>if</c> or <c>for</c> that was left open, and the start of the stray <c>end</c>.
/// </summary>
internal static class TemplateBlocks
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "if", "for", "while", "case", "capture", "with", "func", "tablerow", "wrap" };

    /// <summary>The blocks left open at the end of the file (outermost first) and the <c>end</c>s that close nothing.</summary>
    public static (List<(string Keyword, int Offset)> Unclosed, List<int> StrayEnds) Scan(string text, string path)
    {
        var open = new List<(string, int)>();
        var stray = new List<int>();
        var atStatementStart = false;
        foreach (var token in new Lexer(text, path))
        {
            if (token.Type is TokenType.CodeEnter or TokenType.NewLine or TokenType.SemiColon)
            {
                atStatementStart = true;
                continue;
            }

            if (atStatementStart && token.Type == TokenType.Identifier)
            {
                var word = text[token.Start.Offset..(token.End.Offset + 1)];
                if (Openers.Contains(word))
                {
                    open.Add((word, token.Start.Offset));
                }
                else if (word == "end")
                {
                    if (open.Count > 0)
                    {
                        open.RemoveAt(open.Count - 1);
                    }
                    else
                    {
                        stray.Add(token.Start.Offset);
                    }
                }
            }

            atStatementStart = false;
        }

        return (open, stray);
    }
}
