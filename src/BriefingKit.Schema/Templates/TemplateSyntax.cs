using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Text;
using Scriban;
using Scriban.Parsing;

namespace BriefingKit.Schema.Templates;

/// <summary>
/// Parses one template and turns Scriban's parse messages into BK4001 diagnostics located 1-based, as MSBuild
/// prints them (Scriban counts lines and columns from 0), worded for a template author rather than a parser.
/// </summary>
internal static class TemplateSyntax
{
    private const string StrayEndMessage = "<end> statement without a corresponding beginning";

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "if", "for", "while", "case", "capture", "with", "func", "tablerow", "wrap" };

    // Built on first use: only a template with errors needs them, and a build with clean templates should not pay for them.
    private static readonly Lazy<Regex> MissingEndPattern = new(() => new Regex("^Error while parsing (?<block>[a-z]+) statement: The <end> statement was not found", RegexOptions.CultureInvariant));

    private static readonly Lazy<Regex> ParsingPrefixPattern = new(() => new Regex("^Error while parsing [^:]+: ", RegexOptions.CultureInvariant));

    private static Regex MissingEnd => MissingEndPattern.Value;

    private static Regex ParsingPrefix => ParsingPrefixPattern.Value;

    /// <summary>Parses <paramref name="text"/>; returns the template when it has no syntax error (then nothing more is checked in it).</summary>
    public static Template? Parse(string path, string text, List<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count;
        CheckClosed(path, text, diagnostics);
        var template = Template.Parse(text, path);
        diagnostics.AddRange(FromParser(path, text, template.Messages));
        return diagnostics.Count == before ? template : null;
    }

    /// <summary>A Scriban span as a 1-based span of the text, from its start to its end.</summary>
    public static TextSpan Locate(string text, SourceSpan span)
    {
        if (span.Start.Offset < 0 || span.Start.Offset > text.Length)
        {
            return TextSpan.At(Math.Max(1, span.Start.Line + 1), Math.Max(1, span.Start.Column + 1), 0);
        }

        var start = InputText.Locate(text, span.Start.Offset);
        var endOffset = Math.Min(text.Length, Math.Max(span.Start.Offset, span.End.Offset + 1)); // Scriban's end is inclusive
        var end = InputText.Locate(text, endOffset);
        return new TextSpan(start.Line, start.Column, end.Line, end.Column, start.Offset, end.Offset);
    }

    /// <summary>A Scriban parser message without its parser-internal framing ("Error while parsing … in: …").</summary>
    public static string Plain(string message)
    {
        var text = message.Split('\n')[0].Trim();
        if (MissingEnd.Match(text) is { Success: true } missing)
        {
            return $"the '{missing.Groups["block"].Value}' block opened here has no '{{{{ end }}}}'";
        }

        if (text.IndexOf(StrayEndMessage, StringComparison.Ordinal) >= 0)
        {
            return "this '{{ end }}' closes no block";
        }

        text = ParsingPrefix.Replace(text, string.Empty);
        var context = text.IndexOf(" in: ", StringComparison.Ordinal);
        return context > 0 ? text.Substring(0, context) : text;
    }

    /// <summary>
    /// Scriban reads <c>x {{ name</c> to the end of the file as code, without a word; a template author meant a
    /// closing <c>}}</c> there. Reports the opening of the block that is never closed.
    /// </summary>
    private static void CheckClosed(string path, string text, List<Diagnostic> diagnostics)
    {
        Token? open = null;
        foreach (var token in new Lexer(text, path))
        {
            if (token.Type == TokenType.CodeEnter)
            {
                open = token;
            }
            else if (token.Type == TokenType.CodeExit)
            {
                open = null;
            }
        }

        if (open is { } unclosed)
        {
            diagnostics.Add(Codes.TemplateSyntax.Create(path, InputText.Locate(text, unclosed.Start.Offset), "this '{{' is never closed with '}}'"));
        }
    }

    /// <summary>A template's parse errors, with block errors moved to the block they concern (see <see cref="ScanBlocks"/>).</summary>
    private static IEnumerable<Diagnostic> FromParser(string path, string text, IEnumerable<LogMessage> messages)
    {
        var errors = messages.Where(m => m.Type == ParserMessageType.Error).ToList();
        if (errors.Count == 0)
        {
            yield break;
        }

        var missingEnds = errors.Where(m => MissingEnd.IsMatch(m.Message)).ToList();
        var strayEnds = errors.Where(m => m.Message.IndexOf(StrayEndMessage, StringComparison.Ordinal) >= 0).ToList();
        var (unclosed, stray) = missingEnds.Count + strayEnds.Count > 0 ? ScanBlocks(text, path) : ([], []);

        // Our scan and Scriban's parser should agree; where they do not, Scriban's own location stands.
        var moveMissing = missingEnds.Count > 0 && missingEnds.Count == unclosed.Count;
        var moveStray = strayEnds.Count > 0 && strayEnds.Count == stray.Count;
        if (moveMissing)
        {
            foreach (var (keyword, offset) in unclosed)
            {
                yield return Codes.TemplateSyntax.Create(path, InputText.Locate(text, offset), $"the '{keyword}' block opened here has no '{{{{ end }}}}'");
            }
        }

        if (moveStray)
        {
            foreach (var offset in stray)
            {
                yield return Codes.TemplateSyntax.Create(path, InputText.Locate(text, offset), "this '{{ end }}' closes no block");
            }
        }

        foreach (var message in errors)
        {
            if ((moveMissing && missingEnds.Contains(message)) || (moveStray && strayEnds.Contains(message)))
            {
                continue;
            }

            yield return Codes.TemplateSyntax.Create(path, Locate(text, message.Span), Plain(message.Message));
        }
    }

    /// <summary>
    /// Where each block of a template opens and ends, read from Scriban's tokens. Scriban reports a block without
    /// <c>{{ end }}</c> at the end of the file and a stray <c>{{ end }}</c> at its last letter; an author needs the
    /// <c>if</c> or <c>for</c> that was left open, and the start of the stray <c>end</c>.
    /// </summary>
    private static (List<(string Keyword, int Offset)> Unclosed, List<int> StrayEnds) ScanBlocks(string text, string path)
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
                var word = text.Substring(token.Start.Offset, token.End.Offset + 1 - token.Start.Offset);
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
