using BriefingKit.Templates;

namespace BriefingKit.Cli.Tests.Support;

/// <summary>A copy of the built-in template set in a folder, for <c>build --template DIR</c> tests to break.</summary>
public static class TemplateCopy
{
    public static string Create(TempFolder folder, string name = "templates")
    {
        var root = folder[name];
        var builtIn = TemplateFiles.Embedded();
        Directory.CreateDirectory(Path.Combine(root, "partials"));
        File.WriteAllText(Path.Combine(root, "briefing.md.sbn"), builtIn.Main.Text);
        foreach (var (partial, file) in builtIn.Partials)
        {
            File.WriteAllText(Partial(root, partial), file.Text);
        }

        return root;
    }

    public static string Partial(string root, string name) => Path.Combine(root, "partials", name + ".md.sbn");
}
