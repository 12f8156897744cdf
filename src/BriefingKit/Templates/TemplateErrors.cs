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
    public static TextSpan Locate(TemplateFile file, SourceSpan span) =>
        span.Start.Offset >= 0 && span.Start.Offset <= file.Text.Length
            ? InputText.Locate(file.Text, span.Start.Offset)
            : TextSpan.At(Math.Max(1, span.Start.Line + 1), Math.Max(1, span.Start.Column + 1), 0);

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
            return Codes.TemplateLimit.Create(file.Path, span, $"a loop ran past {loop.Groups["limit"].Value} iterations, the limit for this dossier's size ({TemplateLimits.ListsMerged} × --max-entries); raise --max-entries if the dossier really is this large");
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

        if (text.Contains("<end> statement without a corresponding beginning", StringComparison.Ordinal))
        {
            return "this '{{ end }}' closes no block";
        }

        text = ParsingPrefix().Replace(text, string.Empty);
        var context = text.IndexOf(" in: ", StringComparison.Ordinal);
        return context > 0 ? text[..context] : text;
    }

    [GeneratedRegex("The variable or function `(?<name>[^`]+)` was not found", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownVariable();

    [GeneratedRegex("iteration limit `(?<limit>[0-9]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex LoopLimit();

    [GeneratedRegex("^Error while parsing (?<block>[a-z]+) statement: The <end> statement was not found", RegexOptions.CultureInvariant)]
    private static partial Regex MissingEnd();

    [GeneratedRegex("^Error while parsing [^:]+: ", RegexOptions.CultureInvariant)]
    private static partial Regex ParsingPrefix();
}
