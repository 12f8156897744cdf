using BriefingKit.Schema.Diagnostics;
using Scriban;
using Scriban.Runtime;

namespace BriefingKit.Templates;

/// <summary>
/// The render's output, stopped with a located BK4008 when the briefing would pass
/// <see cref="TemplateLimits.MaxTextLength"/>. Scriban's own output limit (<c>LimitToString</c>) cuts the text
/// short with "..." and no error, which would publish half a briefing: this stops first.
/// </summary>
internal sealed class LimitedOutput(TemplateContext context, TextWriter writer, int limit) : IScriptOutput
{
    private long written;

    public void Write(string text, int offset, int count)
    {
        written += count;
        if (written >= limit)
        {
            throw new TemplateProblem(context.CurrentSpan, Codes.TemplateLimit, $"the briefing would be longer than {limit:N0} characters, the limit for this dossier's size ({TemplateLimits.OutputPerInputByte} × --max-file-bytes); look for a loop that writes without end");
        }

        writer.Write(text.AsSpan(offset, count));
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}
