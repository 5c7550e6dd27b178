using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Domain.Tests.Applications;

public sealed class ApplicationChecksTests
{
    private static readonly TableColumn[] BudgetColumns =
    [
        new() { Key = "item", Label = "支出科目", Required = true },
        new() { Key = "requestedAmount", Label = "申请经费（元）", Type = FieldType.Money, Required = true, Total = true },
        new() { Key = "matchingAmount", Label = "配套经费（元）", Type = FieldType.Money, Total = true },
    ];

    private static FormSchema Schema(params FormField[] fields) =>
        new() { Title = "申报表", Sections = [new FormSection { Key = "s", Title = "基本信息", Fields = fields }] };

    private static Dictionary<string, string> Values(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    private static IReadOnlyList<ApplicationProblem> Errors(FormSchema schema, Dictionary<string, string> values, AmountRule? rule = null, IReadOnlyDictionary<string, AmountRule?>? children = null) =>
        ApplicationChecks.Check(schema, values, rule, children).Where(p => p.Severity == ProblemSeverity.Error).ToList();

    [Fact]
    public void RequiredField_Empty_IsAnErrorNamingTheLabel()
    {
        var problem = Assert.Single(Errors(Schema(new FormField { Key = "projectName", Label = "项目名称", Required = true }), Values()));
        Assert.Equal("projectName", problem.FieldKey);
        Assert.Contains("项目名称", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HiddenShowWhenField_IsNotRequired_UntilItsConditionHolds()
    {
        var schema = Schema(
            new FormField { Key = "tenure", Label = "任职", Type = FieldType.SingleChoice, Options = [new("FullTime", "专职"), new("PartTime", "兼职")] },
            new FormField { Key = "deputy", Label = "副秘书长", Required = true, ShowWhen = new ShowWhen("tenure", "PartTime") });
        Assert.Empty(Errors(schema, Values(("tenure", "FullTime"))));
        Assert.Equal("deputy", Assert.Single(Errors(schema, Values(("tenure", "PartTime")))).FieldKey);
    }

    [Fact]
    public void Text_OverItsLimit_CountsCharactersAsSeen()
    {
        var schema = Schema(new FormField { Key = "summary", Label = "综述", Type = FieldType.LongText, MaxLength = 3 });
        Assert.Empty(Errors(schema, Values(("summary", "科协👍"))));
        Assert.Empty(Errors(schema, Values(("summary", "a\r\nb"))));
        var problem = Assert.Single(Errors(schema, Values(("summary", "科技协会"))));
        Assert.Contains("4 字", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FieldType.Number, "abc", true)]
    [InlineData(FieldType.Number, "12.5", false)]
    [InlineData(FieldType.Money, "100.123", true)]
    [InlineData(FieldType.Money, "-1", true)]
    [InlineData(FieldType.Money, "1,000", true)]
    [InlineData(FieldType.Money, "1000.50", false)]
    [InlineData(FieldType.Date, "2025/07/15", true)]
    [InlineData(FieldType.Date, "2025-02-30", true)]
    [InlineData(FieldType.Date, "2025-07-15", false)]
    [InlineData(FieldType.YesNo, "maybe", true)]
    [InlineData(FieldType.YesNo, "yes", false)]
    [InlineData(FieldType.File, "not-an-id", true)]
    public void TypedValues_AreChecked(FieldType type, string value, bool error)
    {
        var schema = Schema(new FormField { Key = "x", Label = "字段", Type = type });
        Assert.Equal(error, Errors(schema, Values(("x", value))).Count > 0);
    }

    [Fact]
    public void Choices_NotAmongTheOptions_AreErrors()
    {
        var single = Schema(new FormField { Key = "c", Label = "类型", Type = FieldType.SingleChoice, Options = [new("a", "甲"), new("b", "乙")] });
        Assert.Single(Errors(single, Values(("c", "z"))));
        Assert.Empty(Errors(single, Values(("c", "b"))));
        var multiple = Schema(new FormField { Key = "m", Label = "子项", Type = FieldType.MultipleChoice, Options = [new("a", "甲"), new("b", "乙")] });
        Assert.Empty(Errors(multiple, Values(("m", "a\nb"))));
        Assert.Single(Errors(multiple, Values(("m", "a\nz"))));
    }

    [Fact]
    public void Tables_RowCounts_AndRequiredCellsOfFilledRows()
    {
        var schema = Schema(new FormField { Key = "budget", Label = "经费预算", Type = FieldType.Table, Required = true, MinRows = 2, MaxRows = 3, Columns = BudgetColumns });
        var tooFew = Errors(schema, Values(("budget.0.item", "会议费"), ("budget.0.requestedAmount", "100")));
        Assert.Contains(tooFew, p => p.FieldKey == "budget" && p.Message.Contains("至少填写 2 行", StringComparison.Ordinal));
        var tooMany = Errors(schema, Values(Enumerable.Range(0, 4).Select(r => ($"budget.{r}.item", "x")).ToArray()));
        Assert.Contains(tooMany, p => p.FieldKey == "budget" && p.Message.Contains("至多填写 3 行", StringComparison.Ordinal));
        // A removed row leaves a gap (0 and 2): the second row's missing amount is reported on its cell, numbered as seen.
        var cells = Errors(schema, Values(("budget.0.item", "会议费"), ("budget.0.requestedAmount", "100"), ("budget.2.item", "专家费")));
        var cell = Assert.Single(cells);
        Assert.Equal("budget.2.requestedAmount", cell.FieldKey);
        Assert.Contains("第 2 行", cell.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Person_Required_NeedsNameAndMobile()
    {
        var schema = Schema(new FormField { Key = "lead", Label = "项目负责人", Type = FieldType.Person, Required = true });
        var problems = Errors(schema, Values(("lead.name", "张三")));
        Assert.Equal("lead.mobile", Assert.Single(problems).FieldKey);
    }

    [Fact]
    public void RequiredFile_WithoutUpload_IsAnError()
    {
        var schema = Schema(new FormField { Key = "scan", Label = "盖章扫描件", Type = FieldType.File, Required = true, MaxSizeMb = 20 });
        Assert.Contains("请上传", Assert.Single(Errors(schema, Values())).Message, StringComparison.Ordinal);
        Assert.Empty(Errors(schema, Values(("scan", Guid.NewGuid().ToString()))));
    }

    private static readonly FormField RequestedField = new() { Key = FormKeys.RequestedAmount, Label = "申请经费", Type = FieldType.Money };

    [Theory]
    [InlineData("40000", true)]
    [InlineData("30000", false)]
    public void FixedAmount_MustEqualTheAmount(string requested, bool ok)
    {
        Assert.Equal(ok, Errors(Schema(RequestedField), Values((FormKeys.RequestedAmount, requested)), AmountRule.Fixed(40000)).Count == 0);
    }

    [Theory]
    [InlineData("20000", true)]
    [InlineData("50000", true)]
    [InlineData("50000.01", false)]
    [InlineData("19999", false)]
    public void RangeAmount_MustBeWithin(string requested, bool ok)
    {
        Assert.Equal(ok, Errors(Schema(RequestedField), Values((FormKeys.RequestedAmount, requested)), AmountRule.Range(20000, 50000)).Count == 0);
    }

    [Fact]
    public void NotPublished_AcceptsAnyPositiveAmount()
    {
        Assert.Empty(Errors(Schema(RequestedField), Values((FormKeys.RequestedAmount, "123.45")), AmountRule.NotPublished));
        Assert.Single(Errors(Schema(RequestedField), Values((FormKeys.RequestedAmount, "0")), AmountRule.NotPublished));
    }

    /// <summary>Guangxi 2023-3 (附表3): the sub-type is chosen on the form, the amount follows the declared facts, the budget total is what is asked for.</summary>
    private static FormSchema Guangxi2023Three() => new()
    {
        Title = "“八桂科技讲坛”学术交流项目申报表",
        Sections =
        [
            new FormSection { Key = "basic", Title = "基本信息", Fields =
            [
                new FormField { Key = "applicationType", Label = "申报类型", Type = FieldType.SingleChoice, Required = true, SelectsCategory = true,
                    Options = [new("2023-3-1", "广西科学年会学术交流活动"), new("2023-3-2", "广西科学年会服务与策划"), new("2023-3-3", "八桂科技讲坛学术交流活动")] },
                new FormField { Key = "academicianKeynote", Label = "是否有两院院士出席并做大会报告", Type = FieldType.YesNo, Fact = "academicianKeynote" },
                new FormField { Key = "foreignScholarKeynote", Label = "是否有不同国家学者做大会报告", Type = FieldType.YesNo, Required = true, Fact = "foreignScholarKeynote", ShowWhen = new ShowWhen("applicationType", "2023-3-3") },
                new FormField { Key = "budget", Label = "经费预算和配套经费来源", Type = FieldType.Table, Required = true, MinRows = 1, Columns = BudgetColumns },
            ] },
        ],
    };

    private static readonly Dictionary<string, AmountRule?> GuangxiChildren = new(StringComparer.Ordinal)
    {
        ["2023-3-1"] = AmountRule.Conditional([new("academicianKeynote", "有两院院士出席论坛并做大会报告", 30000)], 20000),
        ["2023-3-2"] = AmountRule.Fixed(40000),
        ["2023-3-3"] = AmountRule.Conditional([new("academicianKeynote", "有两院院士", 30000), new("foreignScholarKeynote", "有不同国家学者", 20000)], 10000),
    };

    private static Dictionary<string, string> Guangxi(string type, string academician, string? foreign, params decimal[] amounts)
    {
        var values = Values(("applicationType", type), ("academicianKeynote", academician));
        if (foreign is not null) { values["foreignScholarKeynote"] = foreign; }
        for (var i = 0; i < amounts.Length; i++)
        {
            values[$"budget.{i}.item"] = "科目" + i;
            values[$"budget.{i}.requestedAmount"] = amounts[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
            values[$"budget.{i}.matchingAmount"] = "100";
        }
        return values;
    }

    [Theory]
    [InlineData("2023-3-1", "yes", null, 30000, true)]
    [InlineData("2023-3-1", "no", null, 20000, true)]
    [InlineData("2023-3-1", "no", null, 30000, false)]
    [InlineData("2023-3-2", "no", null, 40000, true)]
    [InlineData("2023-3-3", "no", "yes", 20000, true)]
    [InlineData("2023-3-3", "yes", "yes", 30000, true)] // not cumulative: the first listed fact (院士) counts
    [InlineData("2023-3-3", "yes", "yes", 50000, false)]
    [InlineData("2023-3-3", "no", "no", 10000, true)]
    public void Guangxi2023Three_ConditionalAmount_FromTheBudgetTotal(string type, string academician, string? foreign, int total, bool ok)
    {
        var values = Guangxi(type, academician, foreign, total - 1000, 1000);
        var problems = Errors(Guangxi2023Three(), values, null, GuangxiChildren);
        Assert.True(ok == (problems.Count == 0), string.Join("\n", problems.Select(p => p.Message)));
        if (!ok)
        {
            Assert.Equal("budget", problems[0].FieldKey);
        }
    }

    [Fact]
    public void Guangxi2023Three_HiddenFactIsNotDeclared()
    {
        // 国外学者 only shows for 2023-3-3; a stale "yes" left from another choice declares nothing for 2023-3-1.
        var values = Guangxi("2023-3-1", "no", "yes", 20000);
        Assert.Empty(Errors(Guangxi2023Three(), values, null, GuangxiChildren));
    }

    [Fact]
    public void Warnings_BudgetTotalDiffers_NoMatchingFunds_ShortLongText()
    {
        var schema = Schema(
            RequestedField,
            new FormField { Key = "plan", Label = "实施方案", Type = FieldType.LongText, MaxLength = 1500 },
            new FormField { Key = "budget", Label = "经费预算", Type = FieldType.Table, Columns = BudgetColumns });
        var values = Values((FormKeys.RequestedAmount, "40000"), ("plan", "很短"), ("budget.0.item", "会议费"), ("budget.0.requestedAmount", "30000"));
        var problems = ApplicationChecks.Check(schema, values, AmountRule.Fixed(40000));
        Assert.All(problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        Assert.Contains(problems, p => p.FieldKey == "budget" && p.Message.Contains("不一致", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.FieldKey == "budget" && p.Message.Contains("配套经费", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.FieldKey == "plan");
        Assert.Equal(3, problems.Count);
    }
}
