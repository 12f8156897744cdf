using System.Text;

namespace BriefingKit.Cli.Tests.Support;

/// <summary>A valid synthetic dossier whose briefing is megabytes long, so writing it takes long enough to interrupt.</summary>
public static class BigDossier
{
    public static string Text(int statements, int quoteLength, string marking)
    {
        var builder = new StringBuilder(Dossiers.Minimal.Replace("marking: UNCLASSIFIED", $"marking: {marking}", StringComparison.Ordinal));
        builder.Append("actors:\n  - {id: speaker, name: Speaker}\nstatements:\n");
        for (var i = 0; i < statements; i++)
        {
            // Distinct quotes, so every statement gets its own footnote.
            var quote = $"{i:D5} " + string.Concat(Enumerable.Repeat("words said at length ", quoteLength / 21 + 1))[..quoteLength];
            builder.Append("  - id: st-").Append(i).Append("\n    speaker: speaker\n    date: 2023-12-27\n    quote: \"").Append(quote)
                .Append("\"\n    citations: [{source: src, quote: \"").Append(quote).Append("\"}]\n");
        }

        return builder.ToString();
    }
}
