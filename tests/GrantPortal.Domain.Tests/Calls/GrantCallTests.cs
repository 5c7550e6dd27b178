using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Domain.Tests.Calls;

/// <summary>
/// Tests for <see cref="GrantCall"/>: phases around the deadline (exclusive instant, Beijing time), publication and
/// the read-only published call. Guangxi 2023's deadline is 2023-04-28, a date only (the call closes when that day ends).
/// </summary>
public class GrantCallTests
{
    private static readonly DateTimeOffset Now = new(2023, 4, 4, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly DeadlineDay = new(2023, 4, 28);
    private static readonly DateTimeOffset SixPm = BeijingTime.At(DeadlineDay, new TimeOnly(18, 0));

    [Fact]
    public void PhaseOf_Draft_NotOpenWhateverTheTime()
    {
        Assert.Equal(CallPhase.NotOpen, GrantCall.PhaseOf(CallStatus.Draft, null, SixPm, null, SixPm.AddDays(-1)));
        Assert.Equal(CallPhase.NotOpen, GrantCall.PhaseOf(CallStatus.Draft, null, SixPm, null, SixPm.AddDays(1)));
        Assert.Equal(CallPhase.NotOpen, GrantCall.PhaseOf(CallStatus.Draft, null, null, null, Now));
    }

    [Fact]
    public void PhaseOf_OneSecondBefore18BeijingDeadline_Open()
    {
        var now = BeijingTime.At(DeadlineDay, new TimeOnly(17, 59, 59));

        Assert.Equal(CallPhase.Open, GrantCall.PhaseOf(CallStatus.Published, null, SixPm, null, now));
    }

    [Fact]
    public void PhaseOf_At18BeijingDeadline_Closed()
    {
        Assert.Equal(CallPhase.Closed, GrantCall.PhaseOf(CallStatus.Published, null, SixPm, null, SixPm));
        Assert.Equal(CallPhase.Closed, GrantCall.PhaseOf(CallStatus.Published, null, SixPm, null, SixPm.AddTicks(1)));
    }

    [Fact]
    public void PhaseOf_DeadlineGivenInBeijingOffset_SameInstantAsUtc()
    {
        var beijing = new DateTimeOffset(2023, 4, 28, 18, 0, 0, BeijingTime.Offset);
        var utcJustBefore = new DateTimeOffset(2023, 4, 28, 9, 59, 59, TimeSpan.Zero);

        Assert.Equal(CallPhase.Open, GrantCall.PhaseOf(CallStatus.Published, null, beijing, null, utcJustBefore));
        Assert.Equal(CallPhase.Closed, GrantCall.PhaseOf(CallStatus.Published, null, beijing, null, utcJustBefore.AddSeconds(1)));
    }

    [Fact]
    public void PhaseOf_OpensAtInTheFuture_NotOpen()
    {
        var opensAt = BeijingTime.StartOf(new DateOnly(2023, 4, 10));

        Assert.Equal(CallPhase.NotOpen, GrantCall.PhaseOf(CallStatus.Published, opensAt, SixPm, null, opensAt.AddSeconds(-1)));
        Assert.Equal(CallPhase.Open, GrantCall.PhaseOf(CallStatus.Published, opensAt, SixPm, null, opensAt));
    }

    [Fact]
    public void PhaseOf_ClosedAtSet_Closed()
    {
        var closedAt = BeijingTime.At(new DateOnly(2023, 4, 20), new TimeOnly(12, 0));

        Assert.Equal(CallPhase.Closed, GrantCall.PhaseOf(CallStatus.Published, null, SixPm, closedAt, closedAt));
        Assert.Equal(CallPhase.Closed, GrantCall.PhaseOf(CallStatus.Published, null, null, closedAt, closedAt.AddDays(1)));
        Assert.Equal(CallPhase.Open, GrantCall.PhaseOf(CallStatus.Published, null, SixPm, closedAt, closedAt.AddSeconds(-1)));
    }

    [Fact]
    public void PhaseOf_ClosedAtSetBeforeOpening_Closed()
    {
        var opensAt = BeijingTime.StartOf(new DateOnly(2023, 4, 10));

        Assert.Equal(CallPhase.Closed, GrantCall.PhaseOf(CallStatus.Published, opensAt, SixPm, Now, Now.AddHours(1)));
    }

    [Fact]
    public void PhaseOf_NoDeadline_OpenLongAfter()
    {
        Assert.Equal(CallPhase.Open, GrantCall.PhaseOf(CallStatus.Published, null, null, null, Now.AddYears(5)));
    }

    [Fact]
    public void PhaseAt_DateOnlyDeadlineStoredAsNextDayStart_OpenUntilMidnightBeijing()
    {
        // The importer stores a date-only deadline as BeijingTime.StartOf(date + 1).
        var call = ValidCall();
        call.Schedule(null, BeijingTime.StartOf(DeadlineDay.AddDays(1)), true, null, null, null);
        call.Publish(Now);

        Assert.True(call.SubmissionDeadlineIsEndOfDay);
        Assert.Equal(new DateTimeOffset(2023, 4, 28, 16, 0, 0, TimeSpan.Zero), call.SubmissionDeadline);
        Assert.Equal(CallPhase.Open, call.PhaseAt(BeijingTime.At(DeadlineDay, new TimeOnly(18, 0))));
        Assert.Equal(CallPhase.Open, call.PhaseAt(BeijingTime.At(DeadlineDay, new TimeOnly(23, 59, 59))));
        Assert.Equal(CallPhase.Closed, call.PhaseAt(BeijingTime.StartOf(new DateOnly(2023, 4, 29))));
    }

    [Fact]
    public void PhaseAt_PublishedCallWith18Deadline_OpenThenClosed()
    {
        var call = ValidCall();
        call.Schedule(BeijingTime.StartOf(new DateOnly(2023, 4, 4)), SixPm, false, null, null, null);
        call.Publish(Now);

        Assert.False(call.SubmissionDeadlineIsEndOfDay);
        Assert.Equal(CallPhase.NotOpen, call.PhaseAt(BeijingTime.At(new DateOnly(2023, 4, 3), new TimeOnly(23, 59, 59))));
        Assert.Equal(CallPhase.Open, call.PhaseAt(BeijingTime.At(DeadlineDay, new TimeOnly(17, 59, 59))));
        Assert.Equal(CallPhase.Closed, call.PhaseAt(SixPm));
    }

    [Fact]
    public void PhaseAt_Draft_NotOpen()
    {
        var call = ValidCall();
        call.Schedule(null, SixPm, false, null, null, null);

        Assert.Equal(CallPhase.NotOpen, call.PhaseAt(SixPm.AddDays(-1)));
    }

    [Fact]
    public void Schedule_BeijingOffsetTimes_StoredAsUtc()
    {
        var call = ValidCall();
        call.Schedule(new DateTimeOffset(2023, 4, 4, 9, 0, 0, BeijingTime.Offset), new DateTimeOffset(2023, 4, 28, 18, 0, 0, BeijingTime.Offset), false, null, null, 8);

        Assert.Equal(TimeSpan.Zero, call.OpensAt!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2023, 4, 4, 1, 0, 0, TimeSpan.Zero), call.OpensAt);
        Assert.Equal(TimeSpan.Zero, call.SubmissionDeadline!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2023, 4, 28, 10, 0, 0, TimeSpan.Zero), call.SubmissionDeadline);
        Assert.Equal(8, call.ProjectPeriodMonths);
    }

    [Fact]
    public void Schedule_EndOfDayWithoutDeadline_NotEndOfDay()
    {
        var call = ValidCall();
        call.Schedule(null, null, true, null, null, null);

        Assert.False(call.SubmissionDeadlineIsEndOfDay);
    }

    [Fact]
    public void Publish_ValidCall_PublishedAtNow()
    {
        var call = ValidCall();

        call.Publish(Now);

        Assert.Equal(CallStatus.Published, call.Status);
        Assert.Equal(Now, call.PublishedAt);
    }

    [Fact]
    public void Publish_InvalidCall_ThrowsCallInvalidAndStaysDraft()
    {
        var call = ValidCall();
        call.SetRules(null, new SubmissionRequirements(), [new(99, DisbursementMilestone.OnApproval)], new ReviewSettings(),
            GrantPortal.Domain.Calls.Eligibility.Anyone, new SpendingRules(), [], [], []);

        var exception = Assert.Throws<DomainException>(() => call.Publish(Now));

        Assert.Equal("call.invalid", exception.Code);
        Assert.Contains("99%", exception.Message, StringComparison.Ordinal);
        Assert.Equal(CallStatus.Draft, call.Status);
        Assert.Null(call.PublishedAt);
    }

    [Fact]
    public void Publish_CallWithoutCategories_ThrowsCallInvalid()
    {
        var call = new GrantCall(Guid.NewGuid(), 2023, "自治区科协关于申报2023年度“提质增效”项目的通知", Now);

        Assert.Equal("call.invalid", Assert.Throws<DomainException>(() => call.Publish(Now)).Code);
    }

    [Fact]
    public void Publish_AlreadyPublished_ThrowsNotDraft()
    {
        var call = ValidCall();
        call.Publish(Now);

        Assert.Equal("call.not_draft", Assert.Throws<DomainException>(() => call.Publish(Now)).Code);
    }

    [Fact]
    public void PublishedCall_StructureAndMoneyEdits_ThrowPublishedReadonly()
    {
        var call = ValidCall();
        var category = call.Categories[0];
        call.Publish(Now);

        var edits = new Action[]
        {
            () => call.AddCategory(null, "2023-2", "党建强会计划"),
            () => call.AddCategory(category, "2023-1-1", "子类"),
            () => call.SetRules(1, new SubmissionRequirements(), [], new ReviewSettings(), GrantPortal.Domain.Calls.Eligibility.Anyone, new SpendingRules(), [], [], []),
            () => call.Rename(2024, "新标题"),
            () => call.MoveCategory(category, null, 0),
            () => call.RemoveCategory(category),
            () => category.Rename("2023-9", "改名"),
            () => category.RemoveForm(),
            () => category.SetFunding(500000m, Quota.Exact(10), AmountRule.Fixed(50000m), false),
            () => category.SetRules(null, null, null, null, null, []),
            () => category.Describe("内容", "要求", [], []),
        };

        Assert.All(edits, edit => Assert.Equal("call.published_readonly", Assert.Throws<DomainException>(edit).Code));
        Assert.Single(call.Categories);
        Assert.Single(category.Forms);
    }

    [Fact]
    public void Constructor_TrimsTitleAndStartsAsDraft()
    {
        var tenant = Guid.NewGuid();
        var call = new GrantCall(tenant, 2025, "  2025年度自治区科协学会重点资助项目申报指南 ", Now);

        Assert.Equal("2025年度自治区科协学会重点资助项目申报指南", call.Title);
        Assert.Equal(tenant, call.TenantId);
        Assert.Equal(2025, call.Year);
        Assert.Equal(CallStatus.Draft, call.Status);
        Assert.Equal(Now, call.CreatedAt);
        Assert.NotEqual(Guid.Empty, call.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankTitle_Throws(string title)
    {
        Assert.Throws<ArgumentException>(() => new GrantCall(Guid.NewGuid(), 2023, title, Now));
    }

    [Fact]
    public void AddCategory_ParentOfAnotherCall_Throws()
    {
        var other = ValidCall();
        var call = new GrantCall(Guid.NewGuid(), 2023, "另一个通知", Now);

        var exception = Assert.Throws<DomainException>(() => call.AddCategory(other.Categories[0], "X", "跨通知"));

        Assert.Equal("call.category_other_call", exception.Code);
        Assert.Empty(call.Categories);
    }

    [Fact]
    public void AddCategory_Tree_AllCategoriesDepthFirstInNoticeOrder()
    {
        var call = new GrantCall(Guid.NewGuid(), 2022, "2022年度学会服务能力提升计划项目申报指南", Now);
        var first = call.AddCategory(null, "1", "年会");
        var second = call.AddCategory(null, "2", "“科创中国”");
        var forum = call.AddCategory(second, "2-1", "论坛");
        call.AddCategory(forum, "2-1-1", "湖南科技论坛");
        call.AddCategory(second, "2-2", "联盟");
        call.AddCategory(null, "3", "学会创新发展");

        Assert.Equal(["1", "2", "2-1", "2-1-1", "2-2", "3"], call.AllCategories.Select(c => c.Code));
        Assert.Equal(["1", "2", "3"], call.RootCategories.Select(c => c.Code));
        Assert.Equal(2, call.Categories.Single(c => c.Code == "2-1-1").Depth);
        Assert.Equal(second.Id, forum.ParentId);
        Assert.Equal(call.TenantId, forum.TenantId);
        Assert.Equal(call.Id, first.CallId);
    }

    /// <summary>Guangxi 2023-1 学会能力提升示范: 10 × 4万元 = 40万元, with a form.</summary>
    private static GrantCall ValidCall()
    {
        var call = new GrantCall(Guid.NewGuid(), 2023, "自治区科协关于申报2023年度“提质增效”项目的通知", Now);
        var category = call.AddCategory(null, "2023-1", "学会能力提升示范");
        category.SetFunding(400000m, Quota.Exact(10), AmountRule.Fixed(40000m), false);
        category.AddFormVersion(Form("学会能力提升示范项目申报表"), Now);
        return call;
    }

    private static FormSchema Form(string title) => new()
    {
        Title = title,
        Sections = [new FormSection { Key = "basic", Title = "基本信息", Fields = [new FormField { Key = "projectName", Label = "项目名称" }] }],
    };
}
