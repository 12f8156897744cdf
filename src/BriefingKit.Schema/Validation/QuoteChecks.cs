using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Schema.Model;

namespace BriefingKit.Schema.Validation;

/// <summary>
/// A statement's <c>quote</c> must be printed by one of its cited passages: each piece between elision marks
/// (<c>…</c>) must appear, whitespace-insensitively, in some citation's quote.
/// </summary>
internal static class QuoteChecks
{
    public static void CheckStatementQuote(string file, StatementSpec statement, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(statement.Quote) || statement.Citations.Count == 0)
        {
            return;
        }

        var passages = statement.Citations.Select(c => Normalize(c.Quote)).ToList();
        var pieces = statement.Quote!.Split(new[] { "…", "..." }, StringSplitOptions.RemoveEmptyEntries)
            .Select(Normalize)
            .Where(p => p.Length > 0);
        if (pieces.Any(piece => !passages.Any(passage => passage.IndexOf(piece, StringComparison.Ordinal) >= 0)))
        {
            diagnostics.Add(Codes.QuoteNotInCitation.Create(file, statement.Span, statement.Id));
        }
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
