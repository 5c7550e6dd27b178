using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;
using GrantPortal.Domain.Forms;

namespace GrantPortal.Domain.Tests.Awards;

/// <summary>An award's money: tranches due only when their milestone is met, paid once, cancelled on termination, recovered at most what was paid.</summary>
public class AwardTests
{
    private static readonly DateTimeOffset Now = new(2027, 5, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = BeijingTime.Today(Now);
    private static readonly TrancheRule[] Xinjiang =
    [
        new(60m, DisbursementMilestone.OnApproval),
        new(30m, DisbursementMilestone.MidTermEvaluation),
        new(10m, DisbursementMilestone.Acceptance),
    ];

    internal static GrantApplication Application()
    {
        var call = new GrantCall(Guid.NewGuid(), 2027, "2027年度通知", Now);
        var category = call.AddCategory(null, "2027-3", "学术交流");
        category.AddFormVersion(new FormSchema
        {
            Title = "申报书",
            Sections = [new FormSection { Key = "s", Title = "基本信息", Fields = [new FormField { Key = FormKeys.ProjectName, Label = "项目名称" }] }],
        }, Now);
        var application = new GrantApplication(call.TenantId, category, Guid.NewGuid(), null, Now);
        application.Save(new Dictionary<string, string> { [FormKeys.ProjectName] = "学术年会" }, application.Revision, CallPhase.Open, null, Now);
        application.Submit(application.Revision, CallPhase.Open, () => "XJ-2027-3-0001", null, Now);
        return application;
    }

    [Fact]
    public void Grant_SplitsTheAwardByTheSchedule_AndReleasesTheApprovalTranche()
    {
        var award = Award.Grant(Application(), "新疆某学会", 33333.33m, Xinjiang, null, Now);

        Assert.Equal([19999.99m, 9999.99m, 3333.35m], award.Tranches.Select(t => t.Amount));
        Assert.Equal(award.Amount, award.Tranches.Sum(t => t.Amount));
        Assert.Equal([TrancheStatus.Due, TrancheStatus.Planned, TrancheStatus.Planned], award.Tranches.Select(t => t.Status));
        Assert.Equal("学术年会", award.ProjectTitle);
        Assert.Equal("XJ-2027-3-0001", award.ApplicationNumber);
    }

    [Fact]
    public void ATranche_IsPaidOnlyWhenItsMilestoneIsMet_AndOnlyOnce()
    {
        var award = Award.Grant(Application(), "新疆某学会", 100000m, Xinjiang, null, Now);
        award.RecordPayment(1, Today, "JZ-001", award.Version, null, "财务", Now);

        Assert.Equal("award.tranche_not_due", Assert.Throws<DomainException>(() => award.RecordPayment(2, Today, "JZ-002", award.Version, null, "财务", Now)).Code);
        Assert.Equal("award.tranche_paid", Assert.Throws<DomainException>(() => award.RecordPayment(1, Today, "JZ-003", award.Version, null, "财务", Now)).Code);

        award.MeetMilestone(DisbursementMilestone.MidTermEvaluation, Now);
        award.RecordPayment(2, Today, "JZ-002", award.Version, null, "财务", Now);
        award.MeetMilestone(DisbursementMilestone.Acceptance, Now);
        award.RecordPayment(3, Today, "JZ-004", award.Version, null, "财务", Now);

        Assert.Equal(100000m, award.Paid);
        Assert.Equal(0m, award.Outstanding);
        Assert.Equal(AwardStatus.Completed, award.Status);
    }

    [Fact]
    public void APayment_NeedsAVoucher_ADateNotInTheFuture_AndTheCurrentVersion()
    {
        var award = Award.Grant(Application(), "新疆某学会", 100000m, Xinjiang, null, Now);

        Assert.Equal("award.voucher_required", Assert.Throws<DomainException>(() => award.RecordPayment(1, Today, " ", award.Version, null, "财务", Now)).Code);
        Assert.Equal("award.paid_in_future", Assert.Throws<DomainException>(() => award.RecordPayment(1, Today.AddDays(1), "JZ-1", award.Version, null, "财务", Now)).Code);
        Assert.Equal("award.stale", Assert.Throws<DomainException>(() => award.RecordPayment(1, Today, "JZ-1", award.Version - 1, null, "财务", Now)).Code);
        Assert.Equal(0m, award.Paid);
    }

    [Fact]
    public void Termination_CancelsUnpaidTranches_AndRecoversAtMostWhatWasPaid()
    {
        var award = Award.Grant(Application(), "新疆某学会", 100000m, Xinjiang, null, Now);
        award.RecordPayment(1, Today, "JZ-001", award.Version, null, "财务", Now);

        Assert.Equal("award.recovery_invalid", Assert.Throws<DomainException>(() => award.Terminate("验收不通过", 60000.01m, award.Version, Now)).Code);
        award.Terminate("验收不通过", 60000m, award.Version, Now);

        Assert.Equal(40000m, award.Cancelled);
        Assert.Equal(0m, award.Outstanding);
        Assert.Equal("award.terminated", Assert.Throws<DomainException>(() => award.MeetMilestone(DisbursementMilestone.MidTermEvaluation, Now)).Code);
        award.RecordRecovery(50000m, Today, "SH-1", award.Version, null, "财务", Now);
        Assert.Equal("award.recovery_invalid", Assert.Throws<DomainException>(() => award.RecordRecovery(10000.01m, Today, "SH-2", award.Version, null, "财务", Now)).Code);
        award.RecordRecovery(10000m, Today, "SH-2", award.Version, null, "财务", Now);
        Assert.Equal(60000m, award.Recovered);
    }

    [Fact]
    public void Guangxi_PaysEverythingOnceTheAgreementIsSigned()
    {
        var award = Award.Grant(Application(), "广西某学会", 30000m, [new TrancheRule(100m, DisbursementMilestone.AgreementSigned)], null, Now);
        Assert.Equal(TrancheStatus.Planned, award.Tranches.Single().Status);

        award.MeetMilestone(DisbursementMilestone.AgreementSigned, Now);

        Assert.Equal(TrancheStatus.Due, award.Tranches.Single().Status);
        Assert.NotNull(award.AgreementSignedAt);
    }
}
