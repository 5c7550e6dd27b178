using GrantPortal.Domain.Forms;

namespace GrantPortal.Domain.Tests.Forms;

/// <summary>
/// Tests for <see cref="FormSchema.Problems"/>, with the fields of Guangxi 2023-3's 附表3 (申报类型 chooses the
/// sub-type; two 是/否 fields declare the facts of the conditional amounts).
/// </summary>
public class FormSchemaTests
{
    private static readonly string[] BaguiChildren = ["2023-3-1", "2023-3-2", "2023-3-3", "2023-3-4"];
    private static readonly string[] BaguiFacts = ["academicianKeynote", "foreignScholarKeynote"];

    [Fact]
    public void Problems_Guangxi2023BaguiForm_None()
    {
        Assert.Empty(BaguiForm().Problems(BaguiChildren, BaguiFacts));
    }

    [Fact]
    public void Problems_MissingTitle_Reported()
    {
        var form = BaguiForm() with { Title = " " };

        Assert.Equal(["表单缺少标题"], form.Problems(BaguiChildren, BaguiFacts));
    }

    [Fact]
    public void Problems_SelectsCategoryOptionNotAChild_ReportedPerOption()
    {
        var problems = BaguiForm().Problems(["2023-3-1", "2023-3-2"], BaguiFacts).ToList();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("“2023-3-3”", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("“2023-3-4”", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_ChoiceNotSelectingCategory_OptionsNotCheckedAgainstChildren()
    {
        var form = Form(new FormField { Key = "scope", Label = "活动范围", Type = FieldType.SingleChoice, Options = [new("asean", "面向东盟")] });

        Assert.Empty(form.Problems([], []));
    }

    [Fact]
    public void Problems_AmountFactWithoutYesNoField_Reported()
    {
        var problem = Assert.Single(BaguiForm().Problems(BaguiChildren, [.. BaguiFacts, "pilotCity"]));

        Assert.Contains("pilotCity", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_FactOnNonYesNoField_ReportedAndFactStillMissing()
    {
        var form = Form(new FormField { Key = "academicianKeynote", Label = "院士人数", Type = FieldType.Number, Fact = "academicianKeynote" });

        var problem = Assert.Single(form.Problems([], ["academicianKeynote"]));

        Assert.Contains("院士人数", problem, StringComparison.Ordinal);
        Assert.Contains("是/否", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_DuplicateFieldKeysAcrossSections_Reported()
    {
        var form = new FormSchema
        {
            Title = "申报表",
            Sections =
            [
                new FormSection { Key = "unit", Title = "申报单位", Fields = [new FormField { Key = "contact", Label = "联系人" }] },
                new FormSection { Key = "project", Title = "项目", Fields = [new FormField { Key = "contact", Label = "项目负责人" }] },
            ],
        };

        var problem = Assert.Single(form.Problems([], []));

        Assert.Contains("contact", problem, StringComparison.Ordinal);
        Assert.Contains("重复", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_ShowWhenMissingField_Reported()
    {
        var form = Form(new FormField { Key = "count51", Label = "数量", Type = FieldType.Number, ShowWhen = new ShowWhen("appliedSubprojects", "2023-5-1") });

        var problem = Assert.Single(form.Problems([], []));

        Assert.Contains("appliedSubprojects", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_ShowWhenOnItself_Reported()
    {
        var form = Form(new FormField { Key = "count51", Label = "数量", Type = FieldType.Number, ShowWhen = new ShowWhen("count51", "1") });

        Assert.Single(form.Problems([], []));
    }

    [Fact]
    public void Problems_MalformedFields_OneProblemEach()
    {
        var form = Form(
            new FormField { Key = "", Label = "无键" },
            new FormField { Key = "summary", Label = "项目简介", Type = FieldType.LongText, MaxLength = 0 },
            new FormField { Key = "type", Label = "申报类型", Type = FieldType.SingleChoice },
            new FormField { Key = "items", Label = "分项目", Type = FieldType.MultipleChoice },
            new FormField { Key = "budget", Label = "经费预算", Type = FieldType.Table },
            new FormField { Key = "scan", Label = "盖章扫描件", Type = FieldType.File });

        var problems = form.Problems([], []).ToList();

        Assert.Equal(6, problems.Count);
        Assert.Contains("字段“无键”缺少键或标签", problems);
        Assert.Contains("字段“项目简介”的字数上限必须大于零", problems);
        Assert.Contains("字段“申报类型”没有选项", problems);
        Assert.Contains("字段“分项目”没有选项", problems);
        Assert.Contains("字段“经费预算”（表格）没有列", problems);
        Assert.Contains("字段“盖章扫描件”（附件）必须设定大小上限", problems);
    }

    [Fact]
    public void Problems_WellFormedTableAndFile_None()
    {
        var form = Form(
            new FormField { Key = "summary", Label = "项目简介", Type = FieldType.LongText, MaxLength = 1500 },
            new FormField
            {
                Key = "budget",
                Label = "经费预算",
                Type = FieldType.Table,
                Columns = [new TableColumn { Key = "item", Label = "支出科目" }, new TableColumn { Key = "amount", Label = "金额", Type = FieldType.Money, Total = true }],
            },
            new FormField { Key = "scan", Label = "盖章扫描件", Type = FieldType.File, MaxSizeMb = 20, Accept = [".pdf", ".jpg"] });

        Assert.Empty(form.Problems([], []));
    }

    [Fact]
    public void Problems_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => BaguiForm().Problems(null!, []).ToList());
        Assert.Throws<ArgumentNullException>(() => BaguiForm().Problems([], null!).ToList());
    }

    [Fact]
    public void AllFields_FieldsOfEverySectionInOrder()
    {
        var form = new FormSchema
        {
            Title = "申报表",
            Sections =
            [
                new FormSection { Key = "a", Fields = [new FormField { Key = "one" }, new FormField { Key = "two" }] },
                new FormSection { Key = "b", Fields = [new FormField { Key = "three" }] },
            ],
        };

        Assert.Equal(["one", "two", "three"], form.AllFields().Select(f => f.Key));
    }

    private static FormSchema BaguiForm() => Form(
        new FormField
        {
            Key = "applicationType",
            Label = "申报类型（请在申报类型后打√）",
            Type = FieldType.SingleChoice,
            Required = true,
            SelectsCategory = true,
            Options =
            [
                new("2023-3-1", "1.广西科学年会学术交流活动"),
                new("2023-3-2", "2.广西科学年会服务与策划"),
                new("2023-3-3", "3.八桂科技讲坛学术交流活动"),
                new("2023-3-4", "4.八桂科技讲坛服务与策划"),
            ],
        },
        new FormField { Key = "academicianKeynote", Label = "是否有两院院士出席并做大会报告", Type = FieldType.YesNo, Fact = "academicianKeynote" },
        new FormField
        {
            Key = "foreignScholarKeynote",
            Label = "是否有1个或以上不同国家学者参加并做大会报告",
            Type = FieldType.YesNo,
            Required = true,
            Fact = "foreignScholarKeynote",
            ShowWhen = new ShowWhen("applicationType", "2023-3-3"),
        });

    private static FormSchema Form(params FormField[] fields) => new()
    {
        Title = "广西科协“八桂科技讲坛”学术交流项目申报表",
        Attachment = "附表3",
        Sections = [new FormSection { Key = "basic", Title = "基本信息", Fields = fields }],
    };
}
