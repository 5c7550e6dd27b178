using GrantPortal.Domain.Forms;

namespace GrantPortal.Domain.Tests.Forms;

/// <summary>Tests for <see cref="FormSchemaEditing"/>: each edit returns a new schema and leaves the original alone.</summary>
public class FormBuilderEditingTests
{
    private static FormSchema Sample() => new FormSchema { Title = "申报书" }
        .AddSection("基本信息")
        .AddSection("经费预算")
        .AddField("s1", new FormField { Key = "name", Label = "项目名称" })
        .AddField("s1", new FormField { Key = "keynote", Label = "院士作报告", Type = FieldType.YesNo })
        .AddField("s1", new FormField { Key = "who", Label = "院士姓名", ShowWhen = new ShowWhen("keynote", "yes") })
        .AddField("s2", new FormField { Key = "budget", Label = "预算", Type = FieldType.Table, Columns = [new TableColumn { Key = "item", Label = "科目" }] });

    private static string[] Keys(FormSection section) => [.. section.Fields.Select(f => f.Key)];

    [Fact]
    public void AddSection_GivesUniqueKeys()
    {
        var schema = Sample().RemoveSection("s1").AddSection("附件");
        Assert.Equal(["s2", "s1"], schema.Sections.Select(s => s.Key));
        Assert.Equal("附件", schema.Sections[1].Title);
    }

    [Fact]
    public void RenameAndMoveSection()
    {
        var original = Sample();
        var schema = original.RenameSection("s2", " 预算表 ").MoveSection("s2", -1);
        Assert.Equal(["s2", "s1"], schema.Sections.Select(s => s.Key));
        Assert.Equal("预算表", schema.Sections[0].Title);
        Assert.Equal("经费预算", original.Sections[1].Title);
        Assert.Equal(["s2", "s1"], schema.MoveSection("s2", -1).Sections.Select(s => s.Key));
    }

    [Fact]
    public void MoveField_WithinSection_ClampedAtEnds()
    {
        var schema = Sample().MoveField("who", -1);
        Assert.Equal(["name", "who", "keynote"], Keys(schema.Sections[0]));
        Assert.Equal(["name", "who", "keynote"], Keys(schema.MoveField("name", -5).Sections[0]));
        Assert.Equal(["who", "keynote", "name"], Keys(schema.MoveField("name", 9).Sections[0]));
    }

    [Fact]
    public void MoveFieldToSection_AppendsThere()
    {
        var schema = Sample().MoveFieldToSection("name", "s2");
        Assert.Equal(["keynote", "who"], Keys(schema.Sections[0]));
        Assert.Equal(["budget", "name"], Keys(schema.Sections[1]));
        Assert.Equal("s2", schema.SectionOf("name")!.Key);
    }

    [Fact]
    public void ReplaceField_RenamedKey_ConditionsFollow()
    {
        var field = Sample().FindField("keynote")! with { Key = "academician", Label = "是否邀请院士" };
        var schema = Sample().ReplaceField("keynote", field);
        Assert.Equal(["name", "academician", "who"], Keys(schema.Sections[0]));
        Assert.Equal(new ShowWhen("academician", "yes"), schema.FindField("who")!.ShowWhen);
        Assert.Empty(schema.Problems([], []));
    }

    [Fact]
    public void RemoveField_DropsConditionsOnIt()
    {
        var schema = Sample().RemoveField("keynote");
        Assert.Null(schema.FindField("keynote"));
        Assert.Null(schema.FindField("who")!.ShowWhen);
        Assert.Empty(schema.Problems([], []));
    }

    [Fact]
    public void RemoveSection_RemovesItsFields()
    {
        var schema = Sample().RemoveSection("s1");
        Assert.Equal(["budget"], schema.AllFields().Select(f => f.Key));
    }

    [Fact]
    public void UniqueFieldKey_SkipsUsedKeys()
    {
        var schema = Sample().AddField("s2", new FormField { Key = "table1", Label = "表", Type = FieldType.Table, Columns = [new TableColumn { Key = "c1", Label = "列" }] });
        Assert.Equal("table2", schema.UniqueFieldKey(FieldType.Table));
        Assert.Equal("file1", schema.UniqueFieldKey(FieldType.File));
        Assert.All(Enum.GetValues<FieldType>(), t => Assert.True(FormSchemaEditing.IsValidKey(schema.UniqueFieldKey(t))));
    }

    [Theory]
    [InlineData("budget", true)]
    [InlineData("a_1", true)]
    [InlineData("1a", false)]
    [InlineData("_a", false)]
    [InlineData("预算", false)]
    [InlineData("", false)]
    public void IsValidKey(string key, bool valid) => Assert.Equal(valid, FormSchemaEditing.IsValidKey(key));

    [Fact]
    public void UnknownKeys_Throw()
    {
        Assert.Throws<ArgumentException>(() => Sample().RemoveField("nope"));
        Assert.Throws<ArgumentException>(() => Sample().MoveFieldToSection("name", "s9"));
        Assert.Throws<ArgumentException>(() => Sample().RenameSection("s9", "x"));
    }

    [Fact]
    public void WithHeader_TrimsAndClearsBlankAttachment()
    {
        var schema = Sample().WithHeader(" 申报书 ", " ");
        Assert.Equal("申报书", schema.Title);
        Assert.Null(schema.Attachment);
    }
}
