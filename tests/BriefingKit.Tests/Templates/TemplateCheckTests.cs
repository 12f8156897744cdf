using BriefingKit.Briefing;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Templates;

namespace BriefingKit.Tests.Templates;

/// <summary>
/// The checks before rendering (the same ones <c>dotnet build</c> and <c>check --template</c> run): every name and
/// member path is resolved against the view, without a dossier, and reported at the name with a suggestion.
/// Each case replaces the built-in set's summary partial or main template.
/// </summary>
public sealed class TemplateCheckTests
{
    public static TheoryData<string> Presets => [.. TemplateFiles.EmbeddedNames()];

    [Theory]
    [MemberData(nameof(Presets))]
    public void The_built_in_templates_check_clean(string preset) =>
        TemplateSet.Compile(TemplateFiles.Embedded(preset)).Diagnostics.ShouldBeEmpty();

    public static TheoryData<string, int> DocsExamples()
    {
        var data = new TheoryData<string, int>();
        foreach (var doc in new[] { "templates.md", "generator.md" })
        {
            var blocks = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", doc)).Split("```scriban\n").Skip(1).ToList();
            for (var i = 0; i < blocks.Count; i++)
            {
                data.Add(doc, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocsExamples))]
    public void The_examples_in_the_docs_check_clean(string doc, int index)
    {
        var block = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", doc)).Split("```scriban\n")[index + 1];
        var example = block[..block.IndexOf("```", StringComparison.Ordinal)];
        Check(example).ShouldBeEmpty();

        // And it renders the seed as the docs say (the seed has a summary, so the summary partial runs).
        var (templates, _) = TemplateSet.Compile(Files(example));
        templates.ShouldNotBeNull().Render(BriefingBuilder.For(Seed.Dossier).Build().View).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_misspelt_field_in_a_loop_is_reported_at_the_field()
    {
        var d = Single("Said:\n{{ for s in statements }}{{ s.qoute_typo }}{{ end }}\n");
        (d.Code, d.File, d.Line, d.Column).ShouldBe(("BK4005", "partials/summary.md.sbn", 2, 31));
        d.Message.ShouldBe("'qoute_typo' is not a field of a statement; its fields are date, medium, notes, paraphrase, quote, speaker, speaker_role, via");
    }

    [Fact]
    public void A_near_miss_gets_a_suggestion()
    {
        var d = Single("{{ for note in footnotes }}{{ note.exerpt }}{{ end }}");
        (d.Code, d.Column).ShouldBe(("BK4005", 36));
        d.Message.ShouldContain("did you mean 'excerpt'?");
    }

    [Fact]
    public void Nested_records_are_followed()
    {
        var d = Single("{{ for p in policies }}{{ for h in p.history }}{{ h.stauts }}{{ end }}{{ end }}");
        d.Message.ShouldBe("'stauts' is not a field of a policy status — did you mean 'status'?");
    }

    [Fact]
    public void An_unknown_top_level_name_suggests_the_closest_field()
    {
        var d = Single("{{ if subtitel }}x{{ end }}");
        (d.Code, d.Column).ShouldBe(("BK4005", 7));
        d.Message.ShouldContain("did you mean 'subtitle'?");
    }

    [Fact]
    public void A_loop_over_text_is_an_error()
    {
        var d = Single("{{ for c in title }}{{ c }}{{ end }}");
        (d.Code, d.Column).ShouldBe(("BK4009", 13));
        d.Message.ShouldStartWith("this is text, not a list");
    }

    [Fact]
    public void A_field_of_a_list_is_an_error_but_size_is_not()
    {
        Check("{{ people.size }} people").ShouldBeEmpty();
        var d = Single("{{ people.name }}");
        (d.Code, d.Column).ShouldBe(("BK4005", 11));
        d.Message.ShouldBe("'name' is not a field of a list (loop over it with 'for … in …'); its fields are size");
    }

    [Fact]
    public void Writing_a_record_as_text_is_an_error()
    {
        var d = Single("{{ sections[0] }}");
        (d.Code, d.Column).ShouldBe(("BK4009", 4));
        d.Message.ShouldBe("this value is a section, not text: write one of its fields");
    }

    [Fact]
    public void With_reads_the_fields_of_its_record()
    {
        Check("{{ with sections[0] }}{{ title }} ({{ part }}){{ end }}").ShouldBeEmpty();
        Single("{{ with sections[0] }}{{ titel }}{{ end }}").Message.ShouldContain("did you mean 'title'?");
    }

    [Fact]
    public void An_assigned_name_keeps_the_shape_of_its_value()
    {
        Check("{{ lead = people[0] }}{{ lead.name }}").ShouldBeEmpty();
        Single("{{ lead = people[0] }}{{ lead.nmae }}").Message.ShouldContain("did you mean 'name'?");
    }

    [Fact]
    public void Briefing_fields_cannot_be_assigned()
    {
        var d = Single("{{ title = \"x\" }}");
        (d.Code, d.Column).ShouldBe(("BK4009", 4));
        d.Message.ShouldContain("templates cannot change");
    }

    [Fact]
    public void Our_functions_check_what_they_are_given()
    {
        Check("{{ for row in timeline }}{{ cite row.notes }}{{ row.notes | cite }}{{ autolink row.text }}{{ end }}").ShouldBeEmpty();
        var d = Single("{{ for row in timeline }}{{ cite row.text }}{{ end }}");
        (d.Code, d.Column).ShouldBe(("BK4009", 34));
        d.Message.ShouldBe("cite takes a list of footnote numbers, such as row.notes");
        Single("{{ yaml_string people }}").Message.ShouldStartWith("yaml_string takes text");
    }

    [Fact]
    public void Scriban_built_ins_are_known_by_name()
    {
        Check("{{ people | array.size }} {{ string.upcase title }} {{ for.index }}").Count.ShouldBe(0);
        var d = Single("{{ string.upcse title }}");
        (d.Code, d.Column).ShouldBe(("BK4005", 11));
        d.Message.ShouldBe("'upcse' is not a function of Scriban's 'string' — did you mean 'upcase'?");
    }

    [Fact]
    public void Loop_variables_are_known_inside_their_loop_only()
    {
        Check("{{ for p in people }}{{ for.index }}: {{ p.name }}{{ if for.last }}.{{ end }}{{ end }}").ShouldBeEmpty();
        Single("{{ for p in people }}{{ end }}{{ p.name }}").Message.ShouldStartWith("'p' is not a field of the briefing, a loop variable or a function");
    }

    [Fact]
    public void A_partial_sees_the_loop_variables_where_it_is_included()
    {
        // Scriban keeps a loop's variable visible in a partial the loop includes.
        var main = "{{ for section in sections }}{{ include \"summary\" }}{{ end }}\n{{ include \"footnotes\" }}";
        Check("{{ section.title }}", main).ShouldBeEmpty();
        var d = Check("{{ section.titel }}", main).ShouldHaveSingleItem();
        (d.File, d.Message).ShouldBe(("partials/summary.md.sbn", "'titel' is not a field of a section — did you mean 'title'?"));
    }

    [Fact]
    public void Every_problem_in_every_file_is_reported_in_one_pass()
    {
        var main = TemplateFiles.Embedded().Main.Text + "{{ titel }}\n";
        var found = Check("{{ sumary }}\n{{ for p in people }}{{ p.rol }}{{ end }}", main);
        found.Select(d => (d.File, d.Line)).ShouldBe([("partials/summary.md.sbn", 1), ("partials/summary.md.sbn", 2), ("brief.md.sbn", main.Count(c => c == '\n'))], ignoreOrder: true);
    }

    [Fact]
    public void A_file_with_a_syntax_error_reports_only_that()
    {
        var d = Single("x {{ for p in people }}{{ p.nmae }}");
        (d.Code, d.Line, d.Column).ShouldBe(("BK4001", 1, 6));
    }

    /// <summary>The diagnostics for the built-in set with its summary partial (and, if given, main template) replaced.</summary>
    private static IReadOnlyList<Diagnostic> Check(string summary, string? main = null) => TemplateSet.Compile(Files(summary, main)).Diagnostics;

    private static TemplateFiles Files(string summary, string? main = null)
    {
        var builtIn = TemplateFiles.Embedded();
        var partials = builtIn.Partials.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        partials["summary"] = new TemplateFile("partials/summary.md.sbn", summary);
        return new TemplateFiles("test templates", new TemplateFile("brief.md.sbn", main ?? builtIn.Main.Text), partials);
    }

    private static Diagnostic Single(string summary) => Check(summary).ShouldHaveSingleItem();
}
