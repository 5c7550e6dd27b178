using GrantPortal.Domain.Common;
using GrantPortal.Domain.Progress;

namespace GrantPortal.Domain.Tests.Progress;

/// <summary>Change requests: one pending at a time, timing changes need a future date, the latest approved timing change sets the completion date.</summary>
public class ChangeRequestTests
{
    private static readonly DateTimeOffset Now = new(2027, 5, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly ProgressActor Applicant = new(Guid.NewGuid(), "applicant@example.com");
    private static readonly ProgressActor Staff = new(Guid.NewGuid(), "staff@example.com");

    [Fact]
    public void OnlyOneRequest_IsPendingAtATime()
    {
        var award = MidTermReportTests.NewAward();
        var requests = new List<ChangeRequest>
        {
            ChangeRequest.Submit(award, [], ChangeKind.Content, "三场讲座", "两场讲座和一次展览", null, "场地调整", [], Applicant, Now),
        };
        var second = Assert.Throws<DomainException>(() =>
            ChangeRequest.Submit(award, requests, ChangeKind.PersonInCharge, "张三", "李四", null, "工作调动", [], Applicant, Now));
        Assert.Equal("change.pending_exists", second.Code);

        requests[0].Withdraw(Applicant, Now);
        Assert.Equal(ChangeRequestStatus.Withdrawn, requests[0].Status);
        var next = ChangeRequest.Submit(award, requests, ChangeKind.PersonInCharge, "张三", "李四", null, "工作调动", [], Applicant, Now);
        Assert.Equal(2, next.Number);
        Assert.Equal("change.not_pending", Assert.Throws<DomainException>(() => requests[0].Approve(null, Staff, Now)).Code);
    }

    [Fact]
    public void ATimingChange_NeedsADateAfterToday()
    {
        var award = MidTermReportTests.NewAward();
        Assert.Equal("change.date_required", Assert.Throws<DomainException>(() =>
            ChangeRequest.Submit(award, [], ChangeKind.Timing, "2027-10-31", "", null, "延期", [], Applicant, Now)).Code);
        Assert.Equal("change.date_past", Assert.Throws<DomainException>(() =>
            ChangeRequest.Submit(award, [], ChangeKind.Timing, "2027-10-31", "", BeijingTime.Today(Now), "延期", [], Applicant, Now)).Code);
        Assert.Equal("change.reason_required", Assert.Throws<DomainException>(() =>
            ChangeRequest.Submit(award, [], ChangeKind.Timing, "2027-10-31", "", new DateOnly(2027, 12, 31), " ", [], Applicant, Now)).Code);

        var request = ChangeRequest.Submit(award, [], ChangeKind.Timing, "2027-10-31", "", new DateOnly(2027, 12, 31), "疫情延期", [], Applicant, Now);
        Assert.Equal("2027-12-31", request.To);
    }

    [Fact]
    public void TheLatestApprovedTimingChange_SetsTheCompletionDate_RefusedOnesDoNot()
    {
        var award = MidTermReportTests.NewAward();
        var requests = new List<ChangeRequest>();
        Assert.Null(ChangeRequest.CompletionDate(requests));

        var first = ChangeRequest.Submit(award, requests, ChangeKind.Timing, "", "", new DateOnly(2027, 12, 31), "延期", [], Applicant, Now);
        requests.Add(first);
        first.Approve("同意", Staff, Now.AddDays(1));
        Assert.Equal(new DateOnly(2027, 12, 31), ChangeRequest.CompletionDate(requests));

        var second = ChangeRequest.Submit(award, requests, ChangeKind.Timing, "", "", new DateOnly(2028, 3, 31), "再延期", [], Applicant, Now.AddDays(2));
        requests.Add(second);
        Assert.Equal("change.comment_required", Assert.Throws<DomainException>(() => second.Refuse(" ", Staff, Now.AddDays(3))).Code);
        second.Refuse("不同意再次延期", Staff, Now.AddDays(3));
        Assert.Equal(new DateOnly(2027, 12, 31), ChangeRequest.CompletionDate(requests));
        Assert.Equal("staff@example.com", second.DecidedByName);

        var third = ChangeRequest.Submit(award, requests, ChangeKind.Timing, "", "", new DateOnly(2027, 11, 30), "提前完成", [], Applicant, Now.AddDays(4));
        requests.Add(third);
        third.Approve(null, Staff, Now.AddDays(5));
        Assert.Equal(new DateOnly(2027, 11, 30), ChangeRequest.CompletionDate(requests));
    }

    [Fact]
    public void AContentChange_NeedsWhatItChangesTo_AndKeepsNoDate()
    {
        var award = MidTermReportTests.NewAward();
        Assert.Equal("change.to_required", Assert.Throws<DomainException>(() =>
            ChangeRequest.Submit(award, [], ChangeKind.Content, "a", " ", null, "r", [], Applicant, Now)).Code);
        var request = ChangeRequest.Submit(award, [], ChangeKind.Content, "a", "b", new DateOnly(2030, 1, 1), "r", [], Applicant, Now);
        Assert.Null(request.NewCompletionDate);
    }
}
