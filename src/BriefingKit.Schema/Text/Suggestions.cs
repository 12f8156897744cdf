using System;
using System.Collections.Generic;

namespace BriefingKit.Schema.Text;

/// <summary>"Did you mean …?" by edit distance, for unknown keys, ids and choices.</summary>
internal static class Suggestions
{
    /// <summary>
    /// Longest input that gets a suggestion. Nobody mistypes a 64-character id, and the distance table is
    /// input × candidate in size: two 60,000-character ids once took gigabytes and minutes.
    /// </summary>
    public const int MaxInputLength = 64;

    /// <summary>The closest candidate within a distance that scales with length, or null.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        if (input.Length < 3 || input.Length > MaxInputLength)
        {
            return null; // every short word is "close" to every other, and a very long one is no typo
        }

        var limit = Math.Max(2, input.Length / 3);
        foreach (var candidate in candidates)
        {
            var distance = Distance(input, candidate, limit);
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>Formats a suggestion clause: " — did you mean 'x'?" or an empty string.</summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates)
    {
        var closest = Closest(input, candidates);
        return closest is null ? string.Empty : $" — did you mean '{closest}'?";
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions), case-insensitive, capped.</summary>
    public static int Distance(string a, string b, int cap = int.MaxValue)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        if (Math.Abs(a.Length - b.Length) > cap)
        {
            return cap + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + cost);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
