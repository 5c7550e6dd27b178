using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Domain.Tests.Calls;

/// <summary>
/// A call after publication: what may still change (notice text, dates, contacts, forms as new versions), closing early
/// and reopening with a reason, and the revision counter that guards concurrent edits.
/// </summary>
public class CallLifecycleTests
{
    private static readonly DateTimeOffset Published = BeijingTime.At(new DateOnly(2025, 6, 1), new TimeOnly(9, 0));
    private static readonly DateTimeOffset Deadline = BeijingTime.At(new DateOnly(2025, 7, 15), new TimeOnly(18, 0));

    private static GrantCall PublishedCall()
    {
        var call = new GrantCall(Guid.NewGuid(), 2025, "2025年度学会重点资助项目申报指南", Published);
        call.Schedule(null, Deadline, false, null, null, null);
        var category = call.AddCategory(null, "XXJL-2025", "重点学术交流活动");
        category.SetFunding(200000m, Quota.Exact(2), AmountRule.Fixed(100000m), false);
        category.AddFormVersion(Form("申报书", "projectName"), Published);
        call.Publish(Published);
        return call;
    }

    private static FormSchema Form(string title, params string[] keys) => new()
    {
        Title = title,
        Sections = [new FormSection { Key = "basic", Title = "基本信息", Fields = keys.Select(k => new FormField { Key = k, Label = k }).ToList() }],
    };

    [Fact]
    public void PublishedCall_NoticeScheduleContactsAndForms_MayStillChange()
    {
        var call = PublishedCall();
        var category = call.Categories[0];
        var extended = Deadline.AddDays(7);

        call.DescribeNotice("新科协发〔2025〕8号", "新疆维吾尔自治区科学技术协会", new DateOnly(2025, 6, 1), "更正后的通知正文");
        call.Schedule(null, extended, false, null, null, null);
        call.SetContacts([new ContactPerson { Name = "王老师", Phones = ["0991-1234567"] }]);
        category.SetContact(new ContactPerson { Name = "李老师" });

        Assert.Equal("更正后的通知正文", call.NoticeText);
        Assert.Equal(extended, call.SubmissionDeadline);
        Assert.Equal("王老师", Assert.Single(call.Contacts).Name);
        Assert.Equal("李老师", category.Contact!.Name);
    }

    [Fact]
    public void ReviseForm_Draft_RewritesTheCurrentVersion()
    {
        var call = new GrantCall(Guid.NewGuid(), 2025, "草稿", Published);
        var category = call.AddCategory(null, "A", "类别");
        var first = category.AddFormVersion(Form("申报书", "a"), Published);

        var current = category.ReviseForm(Form("申报书", "a", "b"), Published.AddHours(1));

        Assert.Same(first, current);
        Assert.Single(category.Forms);
        Assert.Equal(2, current.Schema.AllFields().Count());
    }

    [Fact]
    public void ReviseForm_Published_AddsVersionAndKeepsTheOldOneAsItWas()
    {
        var call = PublishedCall();
        var category = call.Categories[0];
        var first = category.CurrentForm!;

        var second = category.ReviseForm(Form("申报书", "projectName", "budget"), Published.AddDays(1));

        Assert.Equal(2, second.Version);
        Assert.Same(second, category.CurrentForm);
        Assert.Equal(["projectName"], first.Schema.AllFields().Select(f => f.Key));
        Assert.Equal(2, category.Forms.Count);
    }

    [Fact]
    public void ReviseForm_PublishedNodeWithoutForm_IsRefused()
    {
        var call = new GrantCall(Guid.NewGuid(), 2025, "通知", Published);
        var parent = call.AddCategory(null, "P", "父类");
        parent.SetFunding(100000m, Quota.Exact(1), AmountRule.Fixed(100000m), false);
        var child = call.AddCategory(parent, "P-1", "子类");
        parent.AddFormVersion(Form("申报书", "a"), Published);
        call.Publish(Published);

        var error = Assert.Throws<DomainException>(() => child.ReviseForm(Form("新表", "x"), Published));

        Assert.Equal("call.published_readonly", error.Code);
        Assert.Empty(child.Forms);
    }

    [Fact]
    public void CloseEarly_OpenCall_ClosesNow()
    {
        var call = PublishedCall();
        var now = Published.AddDays(3);

        call.CloseEarly(now, "名额已满");

        Assert.Equal(now, call.ClosedAt);
        Assert.Equal(CallPhase.Closed, call.PhaseAt(now));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void CloseEarly_WithoutReason_IsRefused(string reason)
    {
        var call = PublishedCall();

        Assert.Equal("call.reason_required", Assert.Throws<DomainException>(() => call.CloseEarly(Published.AddDays(1), reason)).Code);
        Assert.Null(call.ClosedAt);
    }

    [Fact]
    public void CloseEarly_DraftOrClosed_IsRefused()
    {
        var draft = new GrantCall(Guid.NewGuid(), 2025, "草稿", Published);
        var closed = PublishedCall();

        Assert.Equal("call.not_open", Assert.Throws<DomainException>(() => draft.CloseEarly(Published, "原因")).Code);
        Assert.Equal("call.not_open", Assert.Throws<DomainException>(() => closed.CloseEarly(Deadline, "原因")).Code);
    }

    [Fact]
    public void Reopen_ClosedEarlyBeforeDeadline_OpensAgainWithTheSameDeadline()
    {
        var call = PublishedCall();
        call.CloseEarly(Published.AddDays(1), "误操作");
        var now = Published.AddDays(2);

        call.Reopen(now, "误操作，恢复申报", null, false);

        Assert.Null(call.ClosedAt);
        Assert.Equal(Deadline, call.SubmissionDeadline);
        Assert.Equal(CallPhase.Open, call.PhaseAt(now));
    }

    [Fact]
    public void Reopen_AfterTheDeadline_NeedsANewLaterDeadline()
    {
        var call = PublishedCall();
        var now = Deadline.AddDays(1);

        Assert.Equal("call.deadline_required", Assert.Throws<DomainException>(() => call.Reopen(now, "延期", null, false)).Code);
        Assert.Equal("call.deadline_past", Assert.Throws<DomainException>(() => call.Reopen(now, "延期", now, false)).Code);

        var newDeadline = BeijingTime.StartOf(new DateOnly(2025, 7, 23));
        call.Reopen(now, "应多个单位请求延期一周", newDeadline, true);

        Assert.Equal(newDeadline, call.SubmissionDeadline);
        Assert.True(call.SubmissionDeadlineIsEndOfDay);
        Assert.Equal(CallPhase.Open, call.PhaseAt(now));
    }

    [Fact]
    public void Reopen_OpenCallOrWithoutReason_IsRefused()
    {
        var call = PublishedCall();

        Assert.Equal("call.not_closed", Assert.Throws<DomainException>(() => call.Reopen(Published.AddDays(1), "原因", null, false)).Code);
        call.CloseEarly(Published.AddDays(1), "原因");
        Assert.Equal("call.reason_required", Assert.Throws<DomainException>(() => call.Reopen(Published.AddDays(2), "", null, false)).Code);
    }

    [Fact]
    public void MarkRevised_CountsUp()
    {
        var call = new GrantCall(Guid.NewGuid(), 2025, "通知", Published);

        call.MarkRevised();
        call.MarkRevised();

        Assert.Equal(2, call.Revision);
    }

    [Fact]
    public void Rename_Draft_ChangesYearAndTrimsTitle()
    {
        var call = new GrantCall(Guid.NewGuid(), 2025, "通知", Published);

        call.Rename(2026, " 2026年度通知 ");

        Assert.Equal((2026, "2026年度通知"), (call.Year, call.Title));
    }
}
