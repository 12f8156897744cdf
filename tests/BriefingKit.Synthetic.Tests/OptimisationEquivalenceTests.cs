using System.Reflection;
using System.Text;
using BriefingKit.Analysis;
using BriefingKit.Briefing;
using BriefingKit.Loading;
using BriefingKit.Markdown;
using BriefingKit.Model;
using BriefingKit.Rendering;

namespace BriefingKit.Synthetic.Tests;

/// <summary>
/// The performance fixes of issue 7 must not change a byte of output. Each test runs the new code against the
/// code it replaced (kept here as the reference) over generated and adversarial inputs.
/// </summary>
public class OptimisationEquivalenceTests
{
    private static readonly string[] Pieces =
        ["", " ", "  ", "\t", "\r", "\n", "\r\n", "a", "b c", "#", "-", "+", "=", ":", "1.", "12)", "3", ".", ")", "*", "_", "`",
         "[", "]", "<", ">", "|", "~", "&", "$", "\\", "López", "…", "“q”", "{{x}}", "  - item", "# Heading", "x  ", "y\t"];

    [Fact]
    public void EscapeInline_returns_what_the_builder_path_returns()
    {
        var random = new Random(7);
        var inputs = Enumerable.Range(0, 20_000).Select(_ => Compose(random, 6)).Concat(Pieces);

        foreach (var text in inputs)
        {
            MarkdownEscaper.EscapeInline(text).ShouldBe(ReferenceEscape(text), $"for {Show(text)}");
        }
    }

    [Fact]
    public void EscapeInline_matches_on_every_text_of_a_synthetic_dossier()
    {
        var dossier = Load(1_000);
        var texts = dossier.Statements.SelectMany(s => new[] { s.Quote, s.Paraphrase })
            .Concat(dossier.Events.Select(e => e.Title)).Concat(dossier.Actors.Select(a => a.Name)).Concat(dossier.Sources.Select(s => s.Title))
            .OfType<string>();

        foreach (var text in texts)
        {
            MarkdownEscaper.EscapeInline(text).ShouldBe(ReferenceEscape(text));
        }
    }

    [Fact]
    public void QuoteExcerpt_picks_the_window_the_rescoring_version_picked()
    {
        var random = new Random(23);
        string[] words = ["the", "border", "7,000", "crossings", "López", "Obrador", "MEXICO", "city's", "—", "a", "talks,", "“record”", "10,000", "İstanbul", "ǅemal", "rail", "2023"];
        string Text(int count) => string.Join(random.Next(4) == 0 ? "  " : " ", Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
        for (var i = 0; i < 5_000; i++)
        {
            var quote = Text(random.Next(1, 60));
            var context = Text(random.Next(0, 12));
            var maxWords = random.Next(5, 21);
            QuoteExcerpt.Of(quote, context, maxWords).ShouldBe(ReferenceExcerpt(quote, context, maxWords), $"for {Show(quote)} / {Show(context)} / {maxWords}");
        }

        foreach (var statement in Load(1_000).Statements.Where(s => s.Quote is not null))
        {
            QuoteExcerpt.Of(statement.Quote!, statement.Paraphrase ?? statement.Speaker.DisplayName).ShouldBe(
                ReferenceExcerpt(statement.Quote!, statement.Paraphrase ?? statement.Speaker.DisplayName, QuoteExcerpt.MaxWords));
        }
    }

    /// <summary>QuoteExcerpt.Of before the running-sum scoring: every window re-keys its words.</summary>
    private static string ReferenceExcerpt(string quote, string context, int maxWords)
    {
        static List<(int Start, int End)> Words(string text)
        {
            var found = new List<(int, int)>();
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var space = i == text.Length || char.IsWhiteSpace(text[i]);
                if (space && start >= 0)
                {
                    found.Add((start, i));
                    start = -1;
                }
                else if (!space && start < 0)
                {
                    start = i;
                }
            }

            return found;
        }

        static string Key(string text, (int Start, int End) word) =>
            new(text[word.Start..word.End].Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

        var words = Words(quote);
        if (words.Count <= maxWords)
        {
            return quote;
        }

        var wanted = Words(context).Select(w => Key(context, w)).Where(k => k.Length >= 4 || k.Any(char.IsDigit)).ToHashSet(StringComparer.Ordinal);
        var scores = new int[words.Count - maxWords + 1];
        for (var start = 0; start < scores.Length; start++)
        {
            for (var i = start; i < start + maxWords; i++)
            {
                var key = Key(quote, words[i]);
                if (wanted.Contains(key))
                {
                    scores[start] += key.Any(char.IsDigit) ? 3 : 1;
                }
            }
        }

        var top = scores.Max();
        var first = top == 0 ? 0 : Array.IndexOf(scores, top);
        var last = first;
        while (top > 0 && last + 1 < scores.Length && scores[last + 1] == top)
        {
            last++;
        }

        var best = (first + last) / 2;
        var text = quote[words[best].Start..words[best + maxWords - 1].End];
        return (best > 0 ? "… " : string.Empty) + text + (best + maxWords < words.Count ? " …" : string.Empty);
    }

    [Fact]
    public void Tidy_returns_what_the_split_and_trim_version_returned()
    {
        var tidy = typeof(MarkdownRenderer).GetMethod("Tidy", BindingFlags.NonPublic | BindingFlags.Static, [typeof(StringBuilder)])!;
        var random = new Random(11);
        var inputs = Enumerable.Range(0, 20_000).Select(_ => Compose(random, 12)).Concat(Pieces).Append("\n\n\n").Append("a\r\r\nb  \r\n\r\n\r\nc\r");

        foreach (var text in inputs)
        {
            ((string)tidy.Invoke(null, [new StringBuilder(text)])!).ShouldBe(ReferenceTidy(text), $"for {Show(text)}");
        }
    }

    [Fact]
    public void Timeline_order_is_the_stable_PartialDate_order()
    {
        var dossier = Load(1_000);

        var timeline = Timeline.Build(dossier.Events, dossier.Statements);

        var reference = dossier.Events.Cast<ICited>().Concat(dossier.Statements.Where(s => s.Date is not null))
            .Select((fact, index) => (fact, index, date: fact is Event e ? e.Date : ((Statement)fact).Date!.Value))
            .OrderBy(x => x.date).ThenBy(x => x.index).Select(x => x.fact);
        timeline.Select(t => t.Fact).ShouldBe(reference);
        timeline.Select(t => t.Date.Precision).Distinct().Count().ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Statements_section_is_in_stable_date_order_with_undated_statements_last()
    {
        var briefing = BriefingBuilder.For(Load(1_000)).Build();
        var statements = briefing.Content.Statements;

        var reference = statements.OrderBy(s => s.Date is null).ThenBy(s => s.Date ?? new Schema.Model.PartialDate(1, 0, 0));
        briefing.View.Statements.Select(s => (s.Date, s.Quote)).ShouldBe(reference.Select(s => (s.Date?.Display() ?? "undated", s.Quote)));
        statements.ShouldContain(s => s.Date == null);
        statements.Where(s => s.Date is not null).GroupBy(s => s.Date).ShouldContain(g => g.Count() > 1, "same-date statements, so the order's stability is tested");
    }

    [Fact]
    public void A_briefing_filtered_by_country_keeps_every_actor_who_takes_part()
    {
        var dossier = Load(1_000);

        var content = BriefingBuilder.For(dossier).InCountries("MX").Build().Content;

        var present = content.Events.SelectMany(e => e.Participants).Concat(content.Statements.Select(s => s.Speaker)).ToHashSet();
        content.Actors.ShouldContain(a => present.Contains(a));
        present.OfType<Actor>().ShouldAllBe(a => content.Actors.Contains(a));
        content.Actors.ShouldBe(dossier.Actors.Where(content.Actors.Contains)); // dossier order kept
    }

    [Fact]
    public void Duplicate_keys_are_found_in_small_and_large_mappings_alike()
    {
        // Mappings up to 16 keys scan their entries; larger ones switch to a dictionary. Both report the first use.
        foreach (var keys in new[] { 3, 16, 17, 40 })
        {
            var lines = Enumerable.Range(0, keys).Select(i => $"  k{i}: v").Append("  k1: again");
            var text = "dossier:\n" + string.Join("\n", lines) + "\n";

            var duplicate = DossierLoader.LoadText("d.yaml", text).Diagnostics.Single(d => d.Code == "BK1015");

            duplicate.Message.ShouldBe("duplicate key 'k1' (first given at line 3, column 3)");
            duplicate.Line.ShouldBe(keys + 2);
        }
    }

    [Fact]
    public void Footnote_numbers_are_what_the_set_based_index_gave()
    {
        var dossier = Load(1_000);
        var source = dossier.Sources[0];
        // Passages the cheap hash cannot tell apart (one source, same length, same first and last character),
        // cited in shuffled, repeated order, besides every fact's citations twice over.
        var lookalikes = Enumerable.Range(0, 200).Select(i => new Citation(source, $"q{i:D4}q", null, 2)).ToList();
        var random = new Random(3);
        var lists = dossier.Statistics.Select(s => s.Citations).Concat(dossier.Events.Select(e => e.Citations))
            .Concat(dossier.Statements.Select(s => s.Citations)).Concat(dossier.Statistics.Select(s => s.Citations))
            .Concat(Enumerable.Range(0, 500).Select(_ => (IReadOnlyList<Citation>)[lookalikes[random.Next(200)], lookalikes[random.Next(200)], lookalikes[random.Next(200)]]))
            .ToList();

        var index = new CitationIndex();
        var reference = new ReferenceCitationIndex();
        for (var i = 0; i < lists.Count; i++)
        {
            // Lists take the indexed path, other sequences (key judgments' sources) the enumerated one.
            var cited = i % 3 == 0 ? lists[i].Select(c => c) : lists[i];
            index.NumbersOf(cited).ShouldBe(reference.NumbersOf(cited));
        }

        index.Notes.Select(n => n.Passage).ShouldBe(reference.Notes);
    }

    private static Dossier Load(int facts) =>
        DossierLoader.LoadText("s.yaml", SyntheticDossier.Generate(facts).Text).Dossier.ShouldNotBeNull();

    private static string Compose(Random random, int maxPieces) =>
        string.Concat(Enumerable.Range(0, random.Next(1, maxPieces)).Select(_ => Pieces[random.Next(Pieces.Length)]));

    private static string Show(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    /// <summary>EscapeInline before the literal fast path.</summary>
    private static string ReferenceEscape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        MarkdownEscaper.AppendInline(text, builder);
        return builder.ToString();
    }

    /// <summary>MarkdownRenderer.Tidy before the single-pass rewrite.</summary>
    private static string ReferenceTidy(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd(' ', '\t'));
        var builder = new StringBuilder(markdown.Length);
        var blank = true;
        foreach (var line in lines)
        {
            var isBlank = line.Length == 0;
            if (isBlank && blank)
            {
                continue;
            }

            builder.Append(line).Append('\n');
            blank = isBlank;
        }

        return builder.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>CitationIndex before the passage hash and the per-fact repeat check.</summary>
    private sealed class ReferenceCitationIndex
    {
        private readonly Dictionary<(string Source, string Quote), int> numbers = [];

        public List<Citation> Notes { get; } = [];

        public List<int> NumbersOf(IEnumerable<Citation> citations) => citations.Select(NumberOf).Distinct().ToList();

        private int NumberOf(Citation citation)
        {
            var key = (citation.Source.Id, citation.Quote);
            if (!numbers.TryGetValue(key, out var number))
            {
                Notes.Add(citation);
                number = Notes.Count;
                numbers.Add(key, number);
            }

            return number;
        }
    }
}
