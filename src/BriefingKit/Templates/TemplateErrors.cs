using System.Text.RegularExpressions;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Text;
using Scriban.Parsing;
using Scriban.Syntax;

namespace BriefingKit.Templates;

/// <summary>
/// Turns Scriban's parse messages and runtime exceptions into BK diagnostics located 1-based, as MSBuild prints
/// them (Scriban counts lines and columns from 0), worded for a template author rather than a parser.
/// </summary>
internal static partial class TemplateErrors
{
    private const string StrayEndMessage = "<end> statement without a corresponding beginning";

    public static TextSpan Locate(TemplateFile file, SourceSpan span) =>
        span.Start.Offset >= 0 && span.Start.Offset <= file.Text.Length
            ? InputText.Locate(file.Text, span.Start.Offset)
            : TextSpan.At(Math.Max(1, span.Start.Line + 1), Math.Max(1, span.Start.Column + 1), 0);

    /// <summary>A template's parse errors, with block errors moved to the block they concern (see <see cref="TemplateBlocks"/>).</summary>
    public static IEnumerable<Diagnostic> FromParser(TemplateFile file, IEnumerable<LogMessage> messages)
    {
        var errors = messages.Where(m => m.Type == ParserMessageType.Error).ToList();
        var missingEnds = errors.Where(m => MissingEnd().IsMatch(m.Message)).ToList();
        var strayEnds = errors.Where(m => m.Message.Contains(StrayEndMessage, StringComparison.Ordinal)).ToList();
        var (unclosed, stray) = TemplateBlocks.Scan(file.Text, file.Path);

        // Our scan and Scriban's parser should agree; where they do not, Scriban's own location stands.
        var moveMissing = missingEnds.Count > 0 && missingEnds.Count == unclosed.Count;
        var moveStray = strayEnds.Count > 0 && strayEnds.Count == stray.Count;
        if (moveMissing)
        {
            foreach (var (keyword, offset) in unclosed)
            {
                yield return Codes.TemplateSyntax.Create(file.Path, InputText.Locate(file.Text, offset), $"the '{keyword}' block opened here has no '{{{{ end }}}}'");
            }
        }

        if (moveStray)
        {
            foreach (var offset in stray)
            {
                yield return Codes.TemplateSyntax.Create(file.Path, InputText.Locate(file.Text, offset), "this '{{ end }}' closes no block");
            }
        }

        foreach (var message in errors)
        {
            if ((moveMissing && missingEnds.Contains(message)) || (moveStray && strayEnds.Contains(message)))
            {
                continue;
            }

            yield return Codes.TemplateSyntax.Create(file.Path, Locate(file, message.Span), Plain(message.Message));
        }
    }

    public static Diagnostic FromRuntime(TemplateFiles files, ScriptRuntimeException exception)
    {
        var file = files.Partials.Values.Prepend(files.Main).FirstOrDefault(f => f.Path == exception.Span.FileName) ?? files.Main;
        var span = Locate(file, exception.Span);
        if (exception is TemplateProblem problem)
        {
            return problem.Descriptor.Create(file.Path, span, problem.Arguments);
        }

        var message = exception.OriginalMessage;
        if (UnknownVariable().Match(message) is { Success: true } unknown)
        {
            var name = unknown.Groups["name"].Value;
            return Codes.UnknownBinding.Create(file.Path, span, name, "a field of the briefing, a loop variable or a function", Suggestions.DidYouMean(name, TemplateSet.GlobalNames));
        }

        if (LoopLimit().Match(message) is { Success: true } loop)
        {
            return Codes.TemplateLimit.Create(file.Path, span, $"a loop ran past {Count(loop)} iterations, the limit for this dossier's size ({TemplateLimits.ListsMerged} × --max-entries); raise --max-entries if the dossier really is this large");
        }

        if (TextLimit().Match(message) is { Success: true } text)
        {
            return Codes.TemplateLimit.Create(file.Path, span, $"this would make a text longer than {Count(text)} characters, the template limit");
        }

        if (message.Contains("recursive depth limit", StringComparison.Ordinal))
        {
            return Codes.TemplateLimit.Create(file.Path, span, "functions call each other deeper than the template limit; look for a function that calls itself without end");
        }

        return Codes.TemplateRuntime.Create(file.Path, span, Plain(message));
    }

    /// <summary>A Scriban parser message without its parser-internal framing ("Error while parsing … in: …").</summary>
    public static string Plain(string message)
    {
        var text = message.Split('\n')[0].Trim();
        if (MissingEnd().Match(text) is { Success: true } missing)
        {
            return $"the '{missing.Groups["block"].Value}' block opened here has no '{{{{ end }}}}'";
        }

        if (text.Contains(StrayEndMessage, StringComparison.Ordinal))
        {
            return "this '{{ end }}' closes no block";
        }

        text = ParsingPrefix().Replace(text, string.Empty);
        var context = text.IndexOf(" in: ", StringComparison.Ordinal);
        return context > 0 ? text[..context] : text;
    }

    [GeneratedRegex("The variable or function `(?<name>[^`]+)` was not found", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownVariable();

    private static string Count(Match match) =>
        int.Parse(match.Groups["limit"].Value, System.Globalization.CultureInfo.InvariantCulture).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("LimitToString `(?<limit>[0-9]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex TextLimit();

    [GeneratedRegex("(?:iteration limit|LoopLimit) `(?<limit>[0-9]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex LoopLimit();

    [GeneratedRegex("^Error while parsing (?<block>[a-z]+) statement: The <end> statement was not found", RegexOptions.CultureInvariant)]
    private static partial Regex MissingEnd();

    [GeneratedRegex("^Error while parsing [^:]+: ", RegexOptions.CultureInvariant)]
    private static partial Regex ParsingPrefix();
}
