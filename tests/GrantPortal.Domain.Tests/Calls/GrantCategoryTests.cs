using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Domain.Tests.Calls;

/// <summary>Tests for <see cref="GrantCategory"/>: funding, inherited values and form versions.</summary>
public class GrantCategoryTests
{
    private static readonly DateTimeOffset Now = new(2022, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SetFunding_ConditionalRule_RoundTripsThroughOwnAmountRule()
    {
        var (call, _) = NewCall();
        var lecture = call.AddCategory(null, "2023-3-3", "八桂科技讲坛学术交流活动");
        var rule = AmountRule.Conditional(
            [new AmountOption("academicianKeynote", "院士", 30000m), new AmountOption("foreignScholarKeynote", "不同国家学者", 20000m)],
            10000m, "不累加");

        lecture.SetFunding(null, Quota.None, rule, false);

        var own = lecture.OwnAmountRule!;
        Assert.Equal(AmountRuleKind.Conditional, own.Kind);
        Assert.Equal(rule.Options, own.Options);
        Assert.Equal(10000m, own.Otherwise);
        Assert.Equal(10000m, own.Min);
        Assert.Equal(30000m, own.Max);
        Assert.Equal("不累加", own.Note);
        Assert.True(lecture.Quota.IsNone);
    }

    [Fact]
    public void EffectiveAmountRule_ChildWithoutRule_InheritsParents()
    {
        var (call, _) = NewCall();
        var exchange = call.AddCategory(null, "3-1", "学术交流");
        exchange.SetFunding(800000m, Quota.Exact(10), AmountRule.Range(50000m, 100000m), false);
        var youth = call.AddCategory(exchange, "3-1-1", "青年科技论坛（沙龙）");
        youth.SetFunding(null, Quota.Exact(4), null, false);

        Assert.Null(youth.OwnAmountRule);
        Assert.Equal(AmountRule.Range(50000m, 100000m).Min, youth.EffectiveAmountRule!.Min);
        Assert.Equal(100000m, youth.EffectiveAmountRule.Max);
        Assert.Equal(Quota.Exact(4), youth.Quota);
    }

    [Fact]
    public void EffectiveAcceptanceDeadline_FallsBackToParentThenCall()
    {
        var (call, _) = NewCall();
        var callRule = DeadlineRule.OnDate(new DateOnly(2023, 12, 10));
        call.Schedule(null, null, false, null, callRule, null);
        var bagui = call.AddCategory(null, "2023-3", "“八桂科技讲坛”学术交流");
        var lecture = call.AddCategory(bagui, "2023-3-3", "八桂科技讲坛学术交流活动");
        var other = call.AddCategory(null, "2023-1", "学会能力提升示范");
        var tenWorkingDays = DeadlineRule.WorkingDays(10, DeadlineEvent.ActivityEnd);
        bagui.SetRules(null, null, null, null, tenWorkingDays, []);

        Assert.Equal(tenWorkingDays, lecture.EffectiveAcceptanceDeadline);
        Assert.Equal(callRule, other.EffectiveAcceptanceDeadline);
    }

    [Fact]
    public void AddFormVersion_Twice_CurrentFormIsTheLatestAndTheFirstIsKept()
    {
        var (call, _) = NewCall();
        var category = call.AddCategory(null, "1", "年会");
        Assert.False(category.IsApplicable);
        Assert.Null(category.CurrentForm);

        var first = category.AddFormVersion(new FormSchema { Title = "申报书" }, Now);
        var second = category.AddFormVersion(new FormSchema { Title = "申报书（修订）" }, Now.AddDays(1));

        Assert.True(category.IsApplicable);
        Assert.Equal(1, first.Version);
        Assert.Equal(2, second.Version);
        Assert.Same(second, category.CurrentForm);
        Assert.Equal("申报书", category.Forms.Single(f => f.Version == 1).Schema.Title);
        Assert.Equal(category.Id, second.CategoryId);
        Assert.Equal(category.TenantId, second.TenantId);
    }

    [Fact]
    public void AddCategory_TrimsCodeAndName()
    {
        var (call, _) = NewCall();

        var category = call.AddCategory(null, " 2-1 ", " 湖南科技论坛 ");

        Assert.Equal("2-1", category.Code);
        Assert.Equal("湖南科技论坛", category.Name);
        Assert.Equal("2-1 湖南科技论坛", category.ToString());
    }

    private static (GrantCall Call, Guid TenantId) NewCall()
    {
        var tenant = Guid.NewGuid();
        return (new GrantCall(tenant, 2023, "申报通知", Now), tenant);
    }
}
