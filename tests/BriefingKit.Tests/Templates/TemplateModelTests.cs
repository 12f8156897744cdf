using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using BriefingKit.Briefing;
using BriefingKit.Schema.Templates;
using BriefingKit.Templates;

namespace BriefingKit.Tests.Templates;

/// <summary>
/// Templates see the view through hand-written accessor tables (no reflection at render time). These tests keep
/// the tables honest: every property of every view record is there under its snake_case name, and reads the
/// property's own value.
/// </summary>
public sealed partial class TemplateModelTests
{
    private static readonly Type[] ViewRecords = typeof(BriefingView).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == typeof(BriefingView).Namespace && t.Name.EndsWith("View", StringComparison.Ordinal))
        .ToArray();

    public static TheoryData<string> RecordNames => [.. ViewRecords.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void Every_property_of_a_view_record_is_in_the_template_model(string record)
    {
        var type = ViewRecords.Single(t => t.Name == record);
        var accessor = TemplateModel.For(type).ShouldNotBeNull($"{record} has no template accessor");
        var expected = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract")
            .Select(p => SnakeCase(p.Name));
        accessor.Members.ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public void The_shape_templates_are_checked_against_is_the_model_they_render()
    {
        var shape = ViewShape.Briefing;
        shape.Records.Select(r => r.TypeName).ShouldBe(ViewRecords.Select(t => t.Name), ignoreOrder: true);
        foreach (var record in shape.Records)
        {
            var accessor = TemplateModel.For(ViewRecords.Single(t => t.Name == record.TypeName)).ShouldNotBeNull();
            record.Members.Select(m => m.Name).ShouldBe(accessor.Members, ignoreOrder: true, record.TypeName);
            record.Description.ShouldBe(accessor.Description);
        }
    }

    [Fact]
    public void The_checks_know_exactly_the_functions_and_section_partials_a_render_has()
    {
        TemplateRules.Functions.Keys.ShouldBe(TemplateFunctions.All.Keys.Append("include"), ignoreOrder: true);
        TemplateRules.SectionPartials.ShouldBe(TemplateSet.SectionPartials.Distinct(), ignoreOrder: true);
    }

    [Fact]
    public void The_checks_know_every_built_in_Scriban_defines()
    {
        var scriban = new Scriban.Functions.BuiltinFunctions();
        TemplateRules.BuiltinObjects.Keys.Concat(TemplateRules.BuiltinValues).Append("include").ShouldBe(scriban.Keys, ignoreOrder: true);
        foreach (var (name, create) in TemplateRules.BuiltinObjects)
        {
            create().GetType().ShouldBe(scriban[name]!.GetType(), name);
        }

        TemplateRules.BuiltinFunctions("string").ShouldContain("upcase");
    }

    [Fact]
    public void Every_member_reads_its_own_property_throughout_the_seed_briefing()
    {
        var checkedRecords = new HashSet<Type>();
        Walk(BriefingBuilder.For(Seed.Dossier).Build().View, checkedRecords);
        Walk(BriefingBuilder.For(Seed.Dossier).WithPreset(BriefingPreset.Full).Build().View, checkedRecords); // policy history
        checkedRecords.ShouldBe(ViewRecords, ignoreOrder: true); // the seed reaches every kind of record
    }

    private static void Walk(object record, HashSet<Type> seen)
    {
        var type = record.GetType();
        seen.Add(type);
        var accessor = TemplateModel.For(type).ShouldNotBeNull();
        var values = accessor.Values(record).ToDictionary(v => v.Key, v => v.Value);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
        {
            var actual = property.GetValue(record);
            values[SnakeCase(property.Name)].ShouldBe(actual, $"{type.Name}.{property.Name}");
            foreach (var child in actual is IEnumerable list and not string ? list.Cast<object>() : [])
            {
                if (TemplateModel.For(child.GetType()) is not null)
                {
                    Walk(child, seen);
                }
            }
        }
    }

    private static string SnakeCase(string name) => UpperAfterLower().Replace(name, "$1_$2").ToLowerInvariant();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex UpperAfterLower();
}
