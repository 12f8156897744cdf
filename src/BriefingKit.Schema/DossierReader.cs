using System.Collections.Generic;
using System.Linq;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Model;
using BriefingKit.Schema.Reading;
using BriefingKit.Schema.Text;
using BriefingKit.Schema.Validation;
using BriefingKit.Schema.Yaml;

namespace BriefingKit.Schema;

/// <summary>The outcome of reading one dossier: its spec (null when unreadable) and every diagnostic, in file order.</summary>
internal sealed record DossierReadResult(DossierSpec? Spec, EquatableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// The one entry point shared by the runtime loader and the source generator: bytes or text → located YAML
/// nodes → <see cref="DossierSpec"/> → reference checks, reporting every problem in one pass.
/// </summary>
internal static class DossierReader
{
    public static DossierReadResult Read(string file, byte[] content, SchemaLimits? limits = null)
    {
        limits ??= SchemaLimits.Default;
        var diagnostics = new List<Diagnostic>();
        var text = InputText.Decode(file, content, limits, diagnostics);
        return text is null ? Finish(null, diagnostics) : ReadChecked(file, text, limits, diagnostics);
    }

    public static DossierReadResult Read(string file, string text, SchemaLimits? limits = null)
    {
        limits ??= SchemaLimits.Default;
        var diagnostics = new List<Diagnostic>();
        // The limit is in bytes of the file, as the message says: count the text as its UTF-8 file would be (a
        // character is one to three bytes), and only when the characters alone could be over it.
        if (text.Length > limits.MaxFileBytes / 3 && System.Text.Encoding.UTF8.GetByteCount(text) is var bytes && bytes > limits.MaxFileBytes)
        {
            diagnostics.Add(Codes.FileTooLarge.Create(file, TextSpan.FileStart, (long)bytes, limits.MaxFileBytes));
            return Finish(null, diagnostics);
        }

        return InputText.Check(file, text, diagnostics) ? ReadChecked(file, text, limits, diagnostics) : Finish(null, diagnostics);
    }

    private static DossierReadResult ReadChecked(string file, string text, SchemaLimits limits, List<Diagnostic> diagnostics)
    {
        var root = YamlTreeBuilder.Build(file, text, limits, diagnostics);
        if (root is null)
        {
            return Finish(null, diagnostics);
        }

        var spec = new DossierSpecReader(new ReadContext(file, limits, diagnostics)).Read(root);
        if (spec is not null)
        {
            ReferenceValidator.Validate(spec, diagnostics);
        }

        return Finish(spec, diagnostics);
    }

    private static DossierReadResult Finish(DossierSpec? spec, List<Diagnostic> diagnostics) =>
        new(spec, diagnostics.Select((d, i) => (d, i)).OrderBy(x => x.d.Line).ThenBy(x => x.d.Column).ThenBy(x => x.i).Select(x => x.d).ToEquatableArray());
}
