using BriefingKit.Briefing;
using BriefingKit.Loading;
using BriefingKit.Rendering;
using BriefingKit.Schema;
using BriefingKit.Templates;

namespace BriefingKit.Cli.Tests.Fuzzing;

/// <summary>How one fuzz case ended. Anything but <see cref="Crashed"/> (or a hang) is acceptable.</summary>
public enum FuzzOutcome
{
    Rendered,
    DossierDiagnostics,
    TemplateDiagnostics,
    Crashed,
}

/// <summary>
/// One in-process pass over an input, as the CLI does it: read and validate the dossier, build the domain
/// model, compile the templates, render the briefing. Bad input must end in diagnostics, never an exception.
/// </summary>
public static class FuzzTarget
{
    public static (FuzzOutcome Outcome, Exception? Error) Run(byte[] dossier, TemplateFiles? templates)
    {
        try
        {
            var read = DossierReader.Read("fuzz.dossier.yaml", dossier, SchemaLimits.Default);
            if (read.Spec is null || read.HasErrors)
            {
                if (!read.HasErrors)
                {
                    throw new InvalidOperationException("no spec and no error diagnostic");
                }

                return (FuzzOutcome.DossierDiagnostics, null);
            }

            var set = TemplateSet.Default;
            if (templates is not null)
            {
                var (compiled, diagnostics) = TemplateSet.Compile(templates);
                if (compiled is null)
                {
                    return diagnostics.Any(d => d.IsError) ? (FuzzOutcome.TemplateDiagnostics, null) : throw new InvalidOperationException("no template set and no error diagnostic");
                }

                set = compiled;
            }

            var briefing = BriefingBuilder.For(DossierFactory.FromSpec(read.Spec)).UsingTemplates(set).Build();
            try
            {
                briefing.RenderMarkdown();
                return (FuzzOutcome.Rendered, null);
            }
            catch (BriefingRenderException ex) when (ex.Diagnostics.Any(d => d.IsError))
            {
                return (FuzzOutcome.TemplateDiagnostics, null);
            }
        }
        catch (Exception ex)
        {
            return (FuzzOutcome.Crashed, ex);
        }
    }
}
