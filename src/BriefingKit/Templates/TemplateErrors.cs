using System.Text.RegularExpressions;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Text;
using BriefingKit.Schema.Templates;
using Scriban.Parsing;
using Scriban.Syntax;

namespace BriefingKit.Templates;

/// <summary>
/// Turns Scriban's runtime exceptions into BK diagnostics located 1-based, as MSBuild prints them, worded for a
/// template author rather than for Scriban (parse errors: <see cref="TemplateSyntax"/>).
/// </summary>
internal static partial class TemplateErrors
{
    public static TextSpan Locate(TemplateFile file, SourceSpan span) => TemplateSyntax.Locate(file.Text, span);

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

        return Codes.TemplateRuntime.Create(file.Path, span, TemplateSyntax.Plain(message));
    }

    [GeneratedRegex("The variable or function `(?<name>[^`]+)` was not found", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownVariable();

    private static string Count(Match match) =>
        int.Parse(match.Groups["limit"].Value, System.Globalization.CultureInfo.InvariantCulture).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("LimitToString `(?<limit>[0-9]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex TextLimit();

    [GeneratedRegex("(?:iteration limit|LoopLimit) `(?<limit>[0-9]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex LoopLimit();
}
