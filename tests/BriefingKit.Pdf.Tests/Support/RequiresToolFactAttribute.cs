using Xunit;

namespace BriefingKit.Pdf.Tests.Support;

/// <summary>
/// A fact that needs external command-line tools (qpdf, poppler-utils). xunit 2 has no dynamic skip,
/// so the decision is made when the attribute is built: skipped with a clear message when a tool is
/// missing, unless BRIEFINGKIT_REQUIRE_TOOLS=1 (CI), in which case the test runs and fails loudly.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresToolFactAttribute : FactAttribute
{
    public const string RequireVariable = "BRIEFINGKIT_REQUIRE_TOOLS";

    public RequiresToolFactAttribute(params string[] tools)
    {
        Tools = tools;
        var missing = tools.Where(t => ExternalTool.Find(t) is null).ToList();
        if (missing.Count > 0 && Environment.GetEnvironmentVariable(RequireVariable) != "1")
        {
            Skip = $"needs {string.Join(", ", missing)} on PATH (apt-get install qpdf poppler-utils); set {RequireVariable}=1 to fail instead of skipping";
        }
    }

    public IReadOnlyList<string> Tools { get; }
}
