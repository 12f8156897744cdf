using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Templates;
using BriefingKit.Schema.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefingKit.Templates;

/// <summary>
/// Resolves <c>include</c> names to the partials of one template set, and nothing else: a name is a plain word
/// (<c>timeline</c>), never a path, so an absolute path, <c>..</c>, or a computed name that leaves the folder is a
/// located BK4003 and a name with no partial a BK4002. A naive file-system loader would include <c>/etc/hostname</c>.
/// </summary>
internal sealed class PartialLoader(TemplateFiles files) : ITemplateLoader
{
    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!TemplateSetSource.IsPlainName(templateName))
        {
            throw new TemplateProblem(callerSpan, Codes.PartialOutsideFolder, templateName);
        }

        if (!files.Partials.ContainsKey(templateName))
        {
            throw new TemplateProblem(callerSpan, Codes.MissingPartial, templateName, files.Folder, Suggestions.DidYouMean(templateName, files.Partials.Keys));
        }

        return templateName;
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        files.Partials.TryGetValue(templatePath, out var file) ? file.Text : null;

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult(Load(context, callerSpan, templatePath));
}
