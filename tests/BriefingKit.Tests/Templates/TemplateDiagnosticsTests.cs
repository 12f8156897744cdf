using BriefingKit.Briefing;
using BriefingKit.Rendering;
using BriefingKit.Schema.Diagnostics;
using BriefingKit.Templates;

namespace BriefingKit.Tests.Templates;

/// <summary>Faulty template sets give located BK4xxx diagnostics, never exceptions.</summary>
public sealed class TemplateDiagnosticsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("bk-templates-").FullName;

    public TemplateDiagnosticsTests()
    {
        // Start from a copy of the built-in set, then break one thing per test.
        var builtIn = TemplateFiles.Embedded();
        File.WriteAllText(MainPath, builtIn.Main.Text);
        Directory.CreateDirectory(Path.Combine(folder, "partials"));
        foreach (var (name, file) in builtIn.Partials)
        {
            File.WriteAllText(Partial(name), file.Text);
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string MainPath => Path.Combine(folder, "briefing.md.sbn");

    private string Partial(string name) => Path.Combine(folder, "partials", name + ".md.sbn");

    private IReadOnlyList<Diagnostic> Compile()
    {
        var files = TemplateFiles.FromDirectory(folder, "briefing", out var problem).ShouldNotBeNull(problem);
        return TemplateSet.Compile(files).Diagnostics;
    }

    /// <summary>The one diagnostic the checks before rendering report for the folder.</summary>
    private Diagnostic CompileFails() => Compile().ShouldHaveSingleItem();

    /// <summary>The one diagnostic rendering the seed through the folder's templates reports.</summary>
    private Diagnostic RenderFails(TemplateLimits? limits = null)
    {
        var files = TemplateFiles.FromDirectory(folder, "briefing", out _)!;
        var templates = TemplateSet.Compile(files).Templates.ShouldNotBeNull();
        if (limits is not null)
        {
            templates = templates.WithLimits(limits);
        }

        var ex = Should.Throw<BriefingRenderException>(() => BriefingBuilder.For(Seed.Dossier).UsingTemplates(templates).Build().RenderMarkdown());
        return ex.Diagnostics.ShouldHaveSingleItem();
    }

    [Fact]
    public void Unmodified_copy_compiles_and_renders_like_the_built_in_set()
    {
        var files = TemplateFiles.FromDirectory(folder, "briefing", out _)!;
        var (templates, diagnostics) = TemplateSet.Compile(files);
        diagnostics.ShouldBeEmpty();
        BriefingBuilder.For(Seed.Dossier).UsingTemplates(templates!).Build().RenderMarkdown()
            .ShouldBe(BriefingBuilder.For(Seed.Dossier).Build().RenderMarkdown());
    }

    [Fact]
    public void Block_without_end_is_located_at_its_opening()
    {
        File.WriteAllText(Partial("summary"), "line one\n{{ if summary }}\n{{ paragraphs summary }}\n");
        var d = Compile().ShouldHaveSingleItem();
        (d.Code, d.File, d.Line, d.Column).ShouldBe(("BK4001", Partial("summary"), 2, 4));
        d.Message.ShouldEndWith("the 'if' block opened here has no '{{ end }}'");
    }

    [Fact]
    public void Stray_end_is_located_where_it_stands()
    {
        File.WriteAllText(Partial("summary"), "{{ paragraphs summary }}\n{{ end }}\n");
        var d = Compile().ShouldHaveSingleItem();
        (d.Code, d.Line, d.Column).ShouldBe(("BK4001", 2, 4));
        d.Message.ShouldEndWith("this '{{ end }}' closes no block");
    }

    [Fact]
    public void Unclosed_code_block_is_located_where_it_opens()
    {
        // Scriban alone reads everything after the '{{' as code and says nothing.
        File.WriteAllText(Partial("summary"), "Summary\n\nAs of {{ as_of\n\nmore text\n");
        var d = Compile().ShouldHaveSingleItem();
        (d.Code, d.Line, d.Column).ShouldBe(("BK4001", 3, 7));
        d.Message.ShouldEndWith("this '{{' is never closed with '}}'");
    }

    [Fact]
    public void Errors_in_several_files_are_all_reported_in_one_pass()
    {
        File.WriteAllText(Partial("summary"), "{{ if summary }}\n");
        File.WriteAllText(Partial("timeline"), "{{ end }}\n");
        Compile().Select(d => (d.Code, d.File)).ShouldBe([("BK4001", Partial("summary")), ("BK4001", Partial("timeline"))], ignoreOrder: true);
    }

    [Fact]
    public void Missing_partial_is_located_at_the_reference_with_a_suggestion()
    {
        File.WriteAllText(Partial("summary"), "{{ paragraphs summary }}\n\n{{ include \"footnote\" }}\n");
        var d = Compile().ShouldHaveSingleItem();
        (d.Code, d.Line, d.Column).ShouldBe(("BK4002", 3, 12));
        d.Message.ShouldContain("did you mean 'footnotes'?");
    }

    [Fact]
    public void Every_section_needs_its_partial()
    {
        File.Delete(Partial("events"));
        var d = Compile().ShouldHaveSingleItem();
        (d.Code, d.File).ShouldBe(("BK4002", MainPath));
        d.Message.ShouldContain("'events'");
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\secrets")]
    [InlineData("partials/summary")]
    public void Partial_names_that_leave_the_folder_are_refused(string name)
    {
        File.WriteAllText(Partial("summary"), $"x {{{{ include \"{name.Replace("\\", "\\\\", StringComparison.Ordinal)}\" }}}}\n");
        var d = Compile().ShouldHaveSingleItem();
        (d.Code, d.Line, d.Column).ShouldBe(("BK4003", 1, 14));
    }

    [Fact]
    public void Computed_partial_names_that_leave_the_folder_are_refused_when_rendering()
    {
        File.WriteAllText(Partial("summary"), "{{ include \"../\" + \"etc/hostname\" }}\n");
        Compile().ShouldBeEmpty();
        var d = RenderFails();
        (d.Code, d.File, d.Line).ShouldBe(("BK4003", Partial("summary"), 1));
        d.Message.ShouldContain("'../etc/hostname'");
    }

    [Fact]
    public void Computed_partial_names_that_do_not_exist_are_located_when_rendering()
    {
        File.WriteAllText(Partial("summary"), "{{ include \"time\" + \"lines\" }}\n");
        var d = RenderFails();
        (d.Code, d.File, d.Line).ShouldBe(("BK4002", Partial("summary"), 1));
        d.Message.ShouldContain("did you mean 'timeline'?");
    }

    [Fact]
    public void Partials_including_each_other_are_a_loop_diagnostic()
    {
        File.WriteAllText(Partial("summary"), "{{ include \"timeline\" }}\n");
        File.AppendAllText(Partial("timeline"), "{{ include \"summary\" }}\n");
        var d = Compile().ShouldHaveSingleItem();
        d.Code.ShouldBe("BK4004");
        d.Message.ShouldContain("summary → timeline → summary");
    }

    [Fact]
    public void Deep_partial_chains_are_refused()
    {
        for (var i = 0; i < TemplateSet.MaxPartialDepth + 2; i++)
        {
            File.WriteAllText(Partial($"chain{i}"), $"{{{{ include \"chain{i + 1}\" }}}}\n");
        }

        File.WriteAllText(Partial($"chain{TemplateSet.MaxPartialDepth + 2}"), "end\n");
        File.AppendAllText(MainPath, "{{ include \"chain0\" }}\n");
        Compile().ShouldHaveSingleItem().Code.ShouldBe("BK4007");
    }

    [Fact]
    public void A_partial_that_includes_itself_by_a_computed_name_stops_at_the_depth_limit()
    {
        File.WriteAllText(Partial("summary"), "again {{ include \"sum\" + \"mary\" }}\n");
        var d = RenderFails();
        (d.Code, d.File).ShouldBe(("BK4007", Partial("summary")));
    }

    [Fact]
    public void Unknown_name_is_located_with_a_suggestion()
    {
        File.WriteAllText(Partial("summary"), "Summary:\n  {{ sumary }}\n");
        var d = CompileFails();
        (d.Code, d.File, d.Line, d.Column).ShouldBe(("BK4005", Partial("summary"), 2, 6));
        d.Message.ShouldContain("did you mean 'summary'?");
    }

    [Fact]
    public void Unknown_field_of_a_record_names_the_record_and_the_closest_field()
    {
        File.WriteAllText(Partial("summary"), "{{ for section in sections }}\n- {{ section.titel }}\n{{ end }}\n");
        var d = CompileFails();
        (d.Code, d.Line, d.Column).ShouldBe(("BK4005", 2, 14)); // at the field name
        d.Message.ShouldContain("'titel'");
        d.Message.ShouldContain("did you mean 'title'?");
    }

    [Fact]
    public void Writing_a_list_as_text_is_an_error_not_a_type_name()
    {
        File.WriteAllText(Partial("summary"), "Sections: {{ sections }}\n");
        var d = CompileFails();
        (d.Code, d.Line, d.Column).ShouldBe(("BK4009", 1, 14));
        d.Message.ShouldContain("a list, not text");
    }

    [Fact]
    public void A_field_the_checks_cannot_see_is_still_caught_when_it_renders()
    {
        // A function's parameter could be anything before rendering, so only the render knows 'titel' is wrong.
        File.WriteAllText(Partial("summary"), "{{ func heading(s); ret s.titel; end }}\n{{ heading sections[0] }}\n");
        Compile().ShouldBeEmpty();
        var d = RenderFails();
        (d.Code, d.File, d.Line).ShouldBe(("BK4005", Partial("summary"), 1));
        d.Message.ShouldContain("did you mean 'title'?");
    }

    [Fact]
    public void Index_past_the_end_of_a_list_is_located()
    {
        File.WriteAllText(Partial("summary"), "{{ sections[999].title }}\n");
        var d = RenderFails();
        (d.Code, d.File, d.Line).ShouldBe(("BK4009", Partial("summary"), 1));
    }

    [Fact]
    public void Loops_are_bounded_by_the_dossier_size_limit()
    {
        File.WriteAllText(Partial("summary"), "{{ for i in 1..100 }}.{{ end }}\n");
        var d = RenderFails(TemplateLimits.Default with { LoopLimit = 50 });
        (d.Code, d.Line).ShouldBe(("BK4008", 1));
        d.Message.ShouldContain("50 iterations");
    }

    [Fact]
    public void A_briefing_past_the_text_limit_is_an_error_not_cut_short()
    {
        File.WriteAllText(Partial("summary"), "{{ for i in 1..1000 }}Another line of summary.\n{{ end }}");
        var d = RenderFails(TemplateLimits.Default with { MaxTextLength = 20_000 });
        (d.Code, d.File, d.Line).ShouldBe(("BK4008", Partial("summary"), 1));
        d.Message.ShouldContain("longer than 20,000 characters");
    }

    [Fact]
    public void Text_built_in_a_template_is_bounded_too()
    {
        File.WriteAllText(Partial("summary"), "{{ \"ab\" * 100000 }}\n");
        var d = RenderFails(TemplateLimits.Default with { MaxTextLength = 50_000 });
        (d.Code, d.Line).ShouldBe(("BK4008", 1));
    }

    [Fact]
    public void The_default_loop_limit_renders_the_seed_and_follows_max_entries()
    {
        TemplateLimits.Default.LoopLimit.ShouldBe(Schema.SchemaLimits.Default.MaxEntitiesPerList * TemplateLimits.ListsMerged);
        TemplateLimits.From(new Schema.SchemaLimits { MaxEntitiesPerList = 10 }).LoopLimit.ShouldBe(80);
        TemplateLimits.From(new Schema.SchemaLimits { MaxFileBytes = 1_000 }).MaxTextLength.ShouldBe(1_000 * TemplateLimits.OutputPerInputByte);
    }

    [Fact]
    public void Folder_without_a_main_template_says_so()
    {
        File.Delete(MainPath);
        TemplateFiles.FromDirectory(folder, "briefing", out var problem).ShouldBeNull();
        problem.ShouldNotBeNull().ShouldContain("briefing.md.sbn");
    }

    [Fact]
    public void Folder_of_handlebars_templates_is_told_to_port_them()
    {
        File.Move(MainPath, Path.Combine(folder, "briefing.md.hbs"));
        TemplateFiles.FromDirectory(folder, "briefing", out var problem).ShouldBeNull();
        problem.ShouldNotBeNull().ShouldContain("docs/templates.md");
    }
}
