using GrantPortal.Domain.Calls;

namespace GrantPortal.Domain.Tests.Calls;

/// <summary>
/// Tests for <see cref="AmountRule"/>, with the figures of 桂科协学发〔2023〕16号 (Guangxi 2023-3 八桂科技讲坛:
/// 院士 3万元, 不同国家学者 2万元, 其余 1万元, not cumulative) and Hunan 2022 (5-10万元/个).
/// </summary>
public class AmountRuleTests
{
    private const string Academician = "academicianKeynote";
    private const string ForeignScholar = "foreignScholarKeynote";

    // Guangxi 2023-3-3 八桂科技讲坛学术交流活动.
    private static readonly AmountRule BaguiLecture = AmountRule.Conditional(
        [
            new AmountOption(Academician, "主办或承办有两院院士出席的讲坛活动并做大会报告", 30000m),
            new AmountOption(ForeignScholar, "主办或承办有1个或以上不同国家学者参加并做大会报告", 20000m),
        ],
        10000m);

    private static readonly IReadOnlySet<string> NoFacts = Facts();

    [Fact]
    public void Conditional_BaguiLecture_MinAndMaxSpanOptionsAndOtherwise()
    {
        Assert.Equal(AmountRuleKind.Conditional, BaguiLecture.Kind);
        Assert.Equal(10000m, BaguiLecture.Min);
        Assert.Equal(30000m, BaguiLecture.Max);
        Assert.Empty(BaguiLecture.Problems());
    }

    [Fact]
    public void AmountFor_ConditionalAcademicianDeclared_ReturnsAcademicianAmount()
    {
        Assert.Equal(30000m, BaguiLecture.AmountFor(Facts(Academician)));
    }

    [Fact]
    public void AmountFor_ConditionalForeignScholarDeclared_ReturnsForeignScholarAmount()
    {
        Assert.Equal(20000m, BaguiLecture.AmountFor(Facts(ForeignScholar)));
    }

    [Fact]
    public void AmountFor_ConditionalBothFactsDeclared_ReturnsFirstMatchNotSum()
    {
        // 注：单场学术活动同时涉及到上述几个小类的 … 资助金额不累加.
        Assert.Equal(30000m, BaguiLecture.AmountFor(Facts(ForeignScholar, Academician)));
    }

    [Fact]
    public void AmountFor_ConditionalNoFactDeclared_ReturnsOtherwise()
    {
        Assert.Equal(10000m, BaguiLecture.AmountFor(NoFacts));
    }

    [Fact]
    public void AmountFor_ConditionalUnknownFactDeclared_ReturnsOtherwise()
    {
        Assert.Equal(10000m, BaguiLecture.AmountFor(Facts("somethingElse")));
    }

    [Fact]
    public void Allows_ConditionalForeignScholarAmountWithForeignScholarFact_ReturnsTrue()
    {
        Assert.True(BaguiLecture.Allows(20000m, Facts(ForeignScholar)));
    }

    [Fact]
    public void Allows_ConditionalForeignScholarAmountWithoutForeignScholarFact_ReturnsFalse()
    {
        Assert.False(BaguiLecture.Allows(20000m, NoFacts));
        Assert.False(BaguiLecture.Allows(20000m, Facts(Academician)));
        Assert.False(BaguiLecture.Allows(20000m, Facts(Academician, ForeignScholar)));
    }

    [Fact]
    public void Allows_ConditionalOtherwiseAmountWithoutFacts_ReturnsTrue()
    {
        Assert.True(BaguiLecture.Allows(10000m, NoFacts));
        Assert.False(BaguiLecture.Allows(30000m, NoFacts));
    }

    [Fact]
    public void AmountFor_Fixed_ReturnsAmountWhateverTheFacts()
    {
        var rule = AmountRule.Fixed(100000m, "10万元/个");

        Assert.Equal(100000m, rule.AmountFor(NoFacts));
        Assert.Equal(100000m, rule.AmountFor(Facts(Academician)));
        Assert.Equal(100000m, rule.Min);
        Assert.Equal(100000m, rule.Max);
    }

    [Theory]
    [InlineData(100000, true)]
    [InlineData(99999.99, false)]
    [InlineData(100000.01, false)]
    [InlineData(50000, false)]
    public void Allows_Fixed_OnlyTheAmount(decimal requested, bool allowed)
    {
        Assert.Equal(allowed, AmountRule.Fixed(100000m).Allows(requested, NoFacts));
    }

    [Fact]
    public void AmountFor_Range_ReturnsNull()
    {
        Assert.Null(AmountRule.Range(50000m, 100000m).AmountFor(NoFacts));
    }

    [Theory]
    [InlineData(20000, true)]
    [InlineData(50000, true)]
    [InlineData(35000.5, true)]
    [InlineData(19999.99, false)]
    [InlineData(50000.01, false)]
    [InlineData(30000.001, false)]
    [InlineData(0, false)]
    [InlineData(-20000, false)]
    public void Allows_Range20000To50000_EndsInclusiveFenOnly(decimal requested, bool allowed)
    {
        Assert.Equal(allowed, AmountRule.Range(20000m, 50000m).Allows(requested, NoFacts));
    }

    [Fact]
    public void AmountFor_NotPublished_ReturnsNull()
    {
        Assert.Null(AmountRule.NotPublished.AmountFor(Facts(Academician)));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(123456.78, true)]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    [InlineData(100.001, false)]
    public void Allows_NotPublished_AnyPositiveFenAmount(decimal requested, bool allowed)
    {
        Assert.Equal(allowed, AmountRule.NotPublished.Allows(requested, NoFacts));
    }

    [Fact]
    public void AmountFor_NullFacts_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => BaguiLecture.AmountFor(null!));
    }

    [Fact]
    public void Problems_WellFormedRules_ReturnsNone()
    {
        Assert.Empty(AmountRule.Fixed(40000m).Problems());
        Assert.Empty(AmountRule.Range(50000m, 100000m).Problems());
        Assert.Empty(AmountRule.Range(40000m, 40000m).Problems());
        Assert.Empty(AmountRule.NotPublished.Problems());
        Assert.Empty(AmountRule.Fixed(0.01m).Problems());
    }

    [Fact]
    public void Problems_RangeMinAboveMax_ReportsBoth()
    {
        var problem = Assert.Single(AmountRule.Range(100000m, 50000m).Problems());

        Assert.Contains("下限", problem, StringComparison.Ordinal);
        Assert.Contains("100000", problem, StringComparison.Ordinal);
        Assert.Contains("50000", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_RangeWithZero_Reported()
    {
        Assert.Single(AmountRule.Range(0m, 50000m).Problems());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10000)]
    public void Problems_FixedNotPositive_Reported(decimal amount)
    {
        Assert.Single(AmountRule.Fixed(amount).Problems());
    }

    [Fact]
    public void Problems_FixedWithDifferentMinAndMax_Reported()
    {
        var rule = new AmountRule { Kind = AmountRuleKind.Fixed, Min = 10000m, Max = 20000m };

        Assert.Single(rule.Problems());
    }

    [Fact]
    public void Problems_ConditionalDuplicateFacts_Reported()
    {
        var rule = AmountRule.Conditional(
            [new AmountOption(Academician, "院士", 30000m), new AmountOption(Academician, "院士（重复）", 20000m)],
            10000m);

        Assert.Contains("条件事项重复", rule.Problems());
    }

    [Fact]
    public void Problems_ConditionalWithoutOptions_Reported()
    {
        Assert.Contains("按条件确定的额度至少需要一个条件", AmountRule.Conditional([], 10000m).Problems());
    }

    [Fact]
    public void Problems_ConditionalBlankFactOrZeroAmount_Reported()
    {
        var blank = AmountRule.Conditional([new AmountOption(" ", "空", 30000m)], 10000m);
        var zero = AmountRule.Conditional([new AmountOption(Academician, "院士", 0m)], 10000m);
        var negativeOtherwise = AmountRule.Conditional([new AmountOption(Academician, "院士", 30000m)], -1m);

        Assert.Contains("每个条件都必须指明申报单位声明的事项", blank.Problems());
        Assert.Contains("条件额度必须大于零，其他情形额度不能为负", zero.Problems());
        Assert.Contains("条件额度必须大于零，其他情形额度不能为负", negativeOtherwise.Problems());
    }

    [Fact]
    public void Problems_ThreeDecimals_Reported()
    {
        const string ThreeDecimals = "金额最多保留两位小数（分）";

        Assert.Contains(ThreeDecimals, AmountRule.Fixed(10000.005m).Problems());
        Assert.Contains(ThreeDecimals, AmountRule.Range(10000m, 20000.001m).Problems());
        Assert.Contains(ThreeDecimals, AmountRule.Conditional([new AmountOption(Academician, "院士", 30000.123m)], 10000m).Problems());
        Assert.Contains(ThreeDecimals, AmountRule.Conditional([new AmountOption(Academician, "院士", 30000m)], 10000.001m).Problems());
    }

    private static HashSet<string> Facts(params string[] facts) => new(facts, StringComparer.Ordinal);
}
