using System.Collections;
using System.Globalization;
using BriefingKit.Markdown;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingKit.Templates;

/// <summary>
/// The Scriban context one briefing renders in: strict (an unknown variable, member or index is an error, not an
/// empty string), Markdown-escaping every value a template writes unless a function built it as
/// <see cref="RawMarkdown"/>, and reading view records through <see cref="TemplateModel"/> instead of reflection.
/// </summary>
internal sealed class BriefingTemplateContext : TemplateContext
{
    public BriefingTemplateContext(TemplateLimits limits)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedIndexerAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        AutoIndent = false; // Markdown tables and lists are indented by the template's own text, never by Scriban
        NewLine = "\n";
        LoopLimit = limits.LoopLimit;
        LoopLimitQueryable = limits.LoopLimit;
        RecursiveLimit = limits.RecursiveLimit;
        ObjectRecursionLimit = limits.RecursiveLimit;
        LimitToString = limits.MaxTextLength + 1; // LimitedOutput stops the briefing first, with an error, not "..."
        TryGetMember = UnknownMember;
    }

    /// <summary>The expression whose value is being written: Scriban passes <see cref="Write"/> only its block's span.</summary>
    private SourceSpan writing;

    /// <summary>How many includes deep rendering is now (the main template is 0).</summary>
    public int IncludeDepth { get; set; }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is ScriptExpressionStatement { Expression: { } expression })
        {
            writing = expression.Span;
        }

        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                break;
            case string text:
                Write(MarkdownEscaper.EscapeInline(text));
                break;
            case RawMarkdown markdown:
                Write(markdown.Text);
                break;
            case bool flag:
                Write(flag ? "true" : "false"); // Scriban's spelling
                break;
            case int or long or double or decimal:
                // A number's digits, sign and point cannot start a Markdown block or form inline markup.
                Write(((IFormattable)textAsObject).ToString(null, CultureInfo.InvariantCulture));
                break;
            case IEnumerable:
                throw new TemplateProblem(Writing(span), Codes.TemplateRuntime, "this value is a list, not text: loop over it with 'for … in …', or write one of its fields");
            default:
                var model = TemplateModel.For(textAsObject.GetType());
                throw new TemplateProblem(Writing(span), Codes.TemplateRuntime, model is null
                    ? $"this value is a .NET {textAsObject.GetType().Name}, not text: format it first (the briefing's own dates are text already)"
                    : $"this value is {model.Description}, not text: write one of its fields");
        }

        return this;
    }

    /// <summary>Empty text and empty lists are false, as a reader of <c>if subtitle</c> or <c>if people</c> expects (Scriban alone counts "" as true).</summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        string text => text.Length > 0,
        ICollection collection => collection.Count > 0,
        _ => base.ToBool(span, value),
    };

    /// <summary>Our functions take <see cref="object"/> and check their argument themselves: no conversion to do.</summary>
    public override object? ToObject(SourceSpan span, object? value, Type destinationType) =>
        destinationType == typeof(object) ? value : base.ToObject(span, value, destinationType);

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        TemplateModel.For(target.GetType()) ?? base.GetMemberAccessorImpl(target);

    /// <summary>Called when a member lookup fails: a located BK4005 that names the record and the closest member.</summary>
    private static bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        var accessor = context.GetMemberAccessor(target);
        var members = accessor.GetMembers(context, span, target).ToList();
        var what = TemplateModel.For(target.GetType())?.Description
            ?? target switch
            {
                string => "text",
                IEnumerable => "a list (loop over it with 'for … in …')",
                _ => "this value",
            };
        var known = members.Count > 0 ? $"; its fields are {string.Join(", ", members)}" : string.Empty;
        var suggestion = Suggestions.DidYouMean(member, members);
        throw new TemplateProblem(span, Codes.UnknownBinding, member, $"a field of {what}", suggestion.Length > 0 ? suggestion : known);
    }

    /// <summary>Where the value being written comes from: the expression statement, if it is in the block being written.</summary>
    private SourceSpan Writing(SourceSpan block) =>
        writing.FileName == block.FileName && writing.Start.Offset >= block.Start.Offset && writing.End.Offset <= block.End.Offset ? writing : block;
}
