using BriefingKit.Schema.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingKit.Templates;

/// <summary>
/// <c>include NAME</c>: renders a partial of the same set with the same model, straight into the caller's output.
/// Replaces Scriban's own include, which renders each partial into a string of its own and then writes that
/// (for a 10,000-fact briefing, megabytes copied twice and escaped a second time), and bounds nesting by
/// <see cref="TemplateSet.MaxPartialDepth"/>.
/// </summary>
internal sealed class IncludeFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(void);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "partial");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count != 1 || arguments[0] is not string name)
        {
            throw new TemplateProblem(span, Codes.TemplateRuntime, "include takes one partial name, such as include \"timeline\" or include section.partial");
        }

        var briefing = (BriefingTemplateContext)context;
        if (briefing.IncludeDepth >= TemplateSet.MaxPartialDepth)
        {
            throw new TemplateProblem(span, Codes.TemplateTooDeep, TemplateSet.MaxPartialDepth, $"'{name}' is included {TemplateSet.MaxPartialDepth + 1} levels down");
        }

        var path = context.GetTemplatePathFromName(name, callerContext)!;
        var template = context.GetOrCreateTemplate(path, callerContext);
        briefing.IncludeDepth++;
        context.EnterRecursive(callerContext);
        context.PushLocal(); // a partial's assignments stay in the partial, as with Scriban's include
        context.PushSourceFile(template.SourceFilePath ?? path);
        try
        {
            context.Evaluate(template.Page!); // a template in the set parsed without errors, so it has a page
            return null; // written already
        }
        finally
        {
            context.PopSourceFile();
            context.PopLocal();
            context.ExitRecursive(callerContext);
            briefing.IncludeDepth--;
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
