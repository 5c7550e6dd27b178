using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Progress;
using GrantPortal.Domain.Tests.Awards;

namespace GrantPortal.Domain.Tests.Progress;

/// <summary>The mid-term report: drafts of any length, submission only with 500 characters of progress, evaluation only of a submitted report, passing releases the mid-term tranche.</summary>
public class MidTermReportTests
{
    private static readonly DateTimeOffset Now = new(2027, 5, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly ProgressActor Applicant = new(Guid.NewGuid(), "applicant@example.com");
    private static readonly ProgressActor Staff = new(Guid.NewGuid(), "staff@example.com");
    private static readonly TrancheRule[] Xinjiang =
    [
        new(60m, DisbursementMilestone.OnApproval),
        new(30m, DisbursementMilestone.MidTermEvaluation),
        new(10m, DisbursementMilestone.Acceptance),
    ];

    internal static Award NewAward() => Award.Grant(AwardTests.Application(), "新疆某学会", 30000m, Xinjiang, null, Now);

    private static string Text(int length) => new('进', length);

    private static (Award, MidTermReport) Submitted()
    {
        var award = NewAward();
        var report = MidTermReport.Start(award, Now);
        report.SaveDraft(Text(500), "已使用经费 18000 元", report.Revision, Now);
        report.Submit(award, Applicant, Now);
        return (award, report);
    }

    [Fact]
    public void ADraft_MayBeShort_ButSubmittingNeeds500CharactersAndTheSpending()
    {
        var award = NewAward();
        var report = MidTermReport.Start(award, Now);
        report.SaveDraft("  短  ", "", report.Revision, Now);
        Assert.Equal(MidTermStatus.Draft, report.Status);

        var tooShort = Assert.Throws<DomainException>(() => report.Submit(award, Applicant, Now));
        Assert.Equal("midterm.progress_too_short", tooShort.Code);
        Assert.Equal(MidTermStatus.Draft, report.Status);
        Assert.Empty(report.History);

        // White space does not count.
        report.SaveDraft(Text(499) + new string(' ', 50), "经费", report.Revision, Now);
        Assert.Equal("midterm.progress_too_short", Assert.Throws<DomainException>(() => report.Submit(award, Applicant, Now)).Code);

        report.SaveDraft(Text(500), "", report.Revision, Now);
        Assert.Equal("midterm.spending_required", Assert.Throws<DomainException>(() => report.Submit(award, Applicant, Now)).Code);

        report.SaveDraft(Text(500), "经费", report.Revision, Now);
        report.Submit(award, Applicant, Now);
        Assert.Equal(MidTermStatus.Submitted, report.Status);
        Assert.Equal(1, report.Submissions);
        Assert.Equal(MidTermAction.Submitted, Assert.Single(report.History).Action);
    }

    [Fact]
    public void ASubmittedReport_CannotBeEdited_AndAStaleRevisionIsRefused()
    {
        var (_, report) = Submitted();
        Assert.Equal("midterm.not_editable", Assert.Throws<DomainException>(() => report.SaveDraft(Text(600), "x", report.Revision, Now)).Code);
        Assert.Equal("midterm.stale", Assert.Throws<DomainException>(() => report.Return("请补充", Staff, report.Revision - 1, Now)).Code);
    }

    [Fact]
    public void Returned_IsRevisedAndResubmitted_ThenPassing_ReleasesTheMidTermTranche()
    {
        var (award, report) = Submitted();
        Assert.Equal("midterm.comment_required", Assert.Throws<DomainException>(() => report.Return(" ", Staff, report.Revision, Now)).Code);

        report.Return("请补充经费明细", Staff, report.Revision, Now.AddDays(1));
        Assert.Equal(MidTermStatus.ReturnedForRevision, report.Status);
        Assert.Equal("请补充经费明细", report.LatestEvaluation!.Comment);
        Assert.Equal(TrancheStatus.Planned, award.Tranches[1].Status);

        report.SaveDraft(Text(520), "已使用经费 18000 元，明细见附件", report.Revision, Now.AddDays(2));
        report.Submit(award, Applicant, Now.AddDays(2));
        Assert.Equal(2, report.Submissions);

        report.Pass(award, null, Staff, report.Revision, Now.AddDays(3));
        Assert.Equal(MidTermStatus.Passed, report.Status);
        Assert.Equal(TrancheStatus.Due, award.Tranches[1].Status);
        Assert.NotNull(award.MidTermPassedAt);
        Assert.Equal([MidTermAction.Submitted, MidTermAction.Returned, MidTermAction.Submitted, MidTermAction.Passed], report.History.Select(e => e.Action));
        Assert.Equal("midterm.not_submitted", Assert.Throws<DomainException>(() => report.Fail("x", Staff, report.Revision, Now)).Code);
    }

    [Fact]
    public void Failing_IsRecordedWithTheReason_AndLeavesTheAwardRunning()
    {
        var (award, report) = Submitted();
        Assert.Equal("midterm.comment_required", Assert.Throws<DomainException>(() => report.Fail("", Staff, report.Revision, Now)).Code);
        report.Fail("进展严重滞后", Staff, report.Revision, Now);

        Assert.Equal(MidTermStatus.Failed, report.Status);
        Assert.Equal(AwardStatus.Active, award.Status);
        Assert.Equal(TrancheStatus.Planned, award.Tranches[1].Status);
        Assert.False(report.IsEditable);
        Assert.Equal("进展严重滞后", report.History[^1].Comment);
    }

    [Fact]
    public void Attachments_AreLimited_AndOnlyWhileEditable()
    {
        var award = NewAward();
        var report = MidTermReport.Start(award, Now);
        var first = Guid.NewGuid();
        for (var i = 0; i < MidTermReport.MaxAttachments; i++)
        {
            report.AddAttachment(i == 0 ? first : Guid.NewGuid(), Now);
        }
        Assert.Equal("midterm.too_many_files", Assert.Throws<DomainException>(() => report.AddAttachment(Guid.NewGuid(), Now)).Code);
        report.RemoveAttachment(first, Now);
        Assert.Equal(MidTermReport.MaxAttachments - 1, report.AttachmentIds.Count);
    }

    [Fact]
    public void ATerminatedAward_TakesNoReport()
    {
        var award = NewAward();
        award.Terminate("未开展", 0m, award.Version, Now);
        Assert.Equal("midterm.award_not_active", Assert.Throws<DomainException>(() => MidTermReport.Start(award, Now)).Code);
    }
}
