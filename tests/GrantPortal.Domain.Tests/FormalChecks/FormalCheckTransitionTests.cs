using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.FormalChecks;

namespace GrantPortal.Domain.Tests.FormalChecks;

public sealed class FormalCheckTransitionTests
{
    private static readonly DateTimeOffset After = FormalCheckTestData.Deadline.AddDays(2);

    [Fact]
    public void Pass_GoesToExpertReview_AndRecordsTheVersionAndChecklist()
    {
        var data = new FormalCheckTestData();
        var application = data.Application;
        var revision = application.Revision;
        var decision = application.PassFormalCheck(revision, data.Checklist(), null, FormalCheckTestData.Staff, After);
        Assert.Equal(ApplicationStatus.ExpertReview, application.Status);
        Assert.Equal(revision + 1, application.Revision);
        Assert.Equal(FormalCheckOutcome.Passed, decision.Outcome);
        Assert.Equal(1, decision.SubmissionVersion);
        Assert.Equal(FormalCheckTestData.Staff.Name, decision.DecidedByName);
        Assert.Equal(data.Checklist().Items, decision.Checklist);
    }

    [Fact]
    public void Pass_WithAnUnconfirmedManualItem_IsRefused()
    {
        var data = new FormalCheckTestData(new SubmissionRequirements { PaperCopies = 2 });
        var error = Assert.Throws<DomainException>(() => data.Application.PassFormalCheck(data.Application.Revision, data.Checklist(), null, FormalCheckTestData.Staff, After));
        Assert.Equal("formal_check.unconfirmed", error.Code);
        Assert.Equal(ApplicationStatus.Submitted, data.Application.Status);
        data.Application.PassFormalCheck(data.Application.Revision, data.Checklist(["manual.paper", "manual.seal"]), null, FormalCheckTestData.Staff, After);
        Assert.Equal(ApplicationStatus.ExpertReview, data.Application.Status);
    }

    [Fact]
    public void Pass_DespiteAFailedItem_NeedsANote()
    {
        var data = new FormalCheckTestData();
        var failing = data.Checklist(files: new HashSet<Guid>());
        Assert.Equal("formal_check.note_required",
            Assert.Throws<DomainException>(() => data.Application.PassFormalCheck(data.Application.Revision, failing, " ", FormalCheckTestData.Staff, After)).Code);
        var decision = data.Application.PassFormalCheck(data.Application.Revision, failing, "纸质版附件齐全", FormalCheckTestData.Staff, After);
        Assert.Equal("纸质版附件齐全", decision.Reasons);
    }

    [Fact]
    public void Return_NeedsReasons_AndAFutureDeadline_ThenTheApplicantMayEditUntilIt()
    {
        var data = new FormalCheckTestData();
        var application = data.Application;
        Assert.Equal("formal_check.reasons_required",
            Assert.Throws<DomainException>(() => application.ReturnForCorrection(application.Revision, data.Checklist(), "  ", After.AddDays(3), FormalCheckTestData.Staff, After)).Code);
        Assert.Equal("formal_check.deadline_past",
            Assert.Throws<DomainException>(() => application.ReturnForCorrection(application.Revision, data.Checklist(), "缺预算", After, FormalCheckTestData.Staff, After)).Code);

        var until = After.AddDays(3);
        var decision = application.ReturnForCorrection(application.Revision, data.Checklist(), " 缺预算 ", until, FormalCheckTestData.Staff, After);
        Assert.Equal(ApplicationStatus.Returned, application.Status);
        Assert.Equal("缺预算", application.FormalCheckReasons);
        Assert.Equal(until, decision.CorrectionDeadline);
        Assert.False(application.IsEditableIn(CallPhase.Closed));
        Assert.True(application.IsEditableAt(CallPhase.Closed, until.AddSeconds(-1)));
        Assert.False(application.IsEditableAt(CallPhase.Closed, until));
        Assert.True(application.CorrectionExpiredAt(until));

        application.Save(application.Values, application.Revision, CallPhase.Closed, null, After.AddDays(1));
        var submission = application.Submit(application.Revision, CallPhase.Closed, () => "unused", null, After.AddDays(1));
        Assert.Equal(2, submission.Version);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.True(application.AwaitsFormalCheck);
    }

    [Fact]
    public void ResubmissionAfterTheCorrectionDeadline_IsRefused()
    {
        var data = new FormalCheckTestData();
        var application = data.Application;
        var until = After.AddDays(3);
        application.ReturnForCorrection(application.Revision, data.Checklist(), "缺预算", until, FormalCheckTestData.Staff, After);
        var error = Assert.Throws<DomainException>(() => application.Submit(application.Revision, CallPhase.Closed, () => "unused", null, until));
        Assert.Equal("application.correction_expired", error.Code);
        Assert.Equal("application.read_only",
            Assert.Throws<DomainException>(() => application.Save(application.Values, application.Revision, CallPhase.Closed, null, until.AddMinutes(1))).Code);
    }

    [Fact]
    public void Reject_IsFinal_AndNeedsReasons()
    {
        var data = new FormalCheckTestData();
        var application = data.Application;
        Assert.Equal("formal_check.reasons_required",
            Assert.Throws<DomainException>(() => application.RejectAtFormalCheck(application.Revision, data.Checklist(), "", FormalCheckTestData.Staff, After)).Code);
        application.RejectAtFormalCheck(application.Revision, data.Checklist(), "不属于本类别支持范围", FormalCheckTestData.Staff, After);
        Assert.Equal(ApplicationStatus.Rejected, application.Status);
        Assert.False(application.IsEditableAt(CallPhase.Open, After));
        Assert.Equal("formal_check.not_pending",
            Assert.Throws<DomainException>(() => application.PassFormalCheck(application.Revision, data.Checklist(), null, FormalCheckTestData.Staff, After)).Code);
    }

    [Fact]
    public void Decisions_OnlyOnSubmittedApplications_AtTheCurrentRevision()
    {
        var data = new FormalCheckTestData();
        var application = data.Application;
        Assert.Equal("application.stale",
            Assert.Throws<DomainException>(() => application.PassFormalCheck(application.Revision - 1, data.Checklist(), null, FormalCheckTestData.Staff, After)).Code);
        application.Withdraw(application.Revision, CallPhase.Open, null, FormalCheckTestData.Before);
        Assert.Equal("formal_check.not_pending",
            Assert.Throws<DomainException>(() => application.ReturnForCorrection(application.Revision, data.Checklist(), "x", After.AddDays(1), FormalCheckTestData.Staff, After)).Code);
    }
}
