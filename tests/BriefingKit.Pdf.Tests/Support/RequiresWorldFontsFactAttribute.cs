using BriefingKit.Pdf.Fonts;
using Xunit;

namespace BriefingKit.Pdf.Tests.Support;

/// <summary>
/// A fact that needs the Debian fallback fonts (Noto for the world's scripts, Droid for CJK) and optionally
/// command-line tools. Skipped with the apt command when they are missing, unless
/// BRIEFINGKIT_REQUIRE_TOOLS=1 (CI installs them), in which case the test runs and fails loudly.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresWorldFontsFactAttribute : FactAttribute
{
    public static readonly string[] Files =
    [
        "NotoSansArabic-Regular.ttf", "NotoSansHebrew-Regular.ttf", "NotoSansDevanagari-Regular.ttf", "NotoSansBengali-Regular.ttf",
        "NotoSansTamil-Regular.ttf", "NotoSansThai-Regular.ttf", "NotoSansGeorgian-Regular.ttf", "DroidSansFallbackFull.ttf", "NanumGothic.ttf",
    ];

    public RequiresWorldFontsFactAttribute(params string[] tools)
    {
        var missing = Files.Where(f => FontLocator.Find(f, new Dictionary<string, string>()) is null)
            .Concat(tools.Where(t => ExternalTool.Find(t) is null)).ToList();
        if (missing.Count > 0 && Environment.GetEnvironmentVariable(RequiresToolFactAttribute.RequireVariable) != "1")
        {
            Skip = $"needs {string.Join(", ", missing)} (apt-get install fonts-noto-core fonts-droid-fallback fonts-nanum poppler-utils); set {RequiresToolFactAttribute.RequireVariable}=1 to fail instead of skipping";
        }
    }
}
