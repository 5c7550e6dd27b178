using System.Globalization;
using GrantPortal.Domain.Applications;
using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Awards;

/// <summary>
/// 立项项目: an application funded for good, made when the public notice (立项公示) has closed with every objection
/// resolved. It carries the call's disbursement schedule as its tranche plan (exact to the fen); each tranche becomes
/// due when its milestone is met (approval, signed agreement, mid-term evaluation, acceptance) and is paid once. A
/// terminated award cancels its unpaid tranches and records the paid money to recover. <see cref="Version"/> goes up
/// with every change, so two staff never overwrite each other.
/// </summary>
public sealed class Award : ITenantOwned
{
    private readonly List<AwardTranche> _tranches = [];
    private readonly List<AwardRecovery> _recoveries = [];

    private Award() { }

    private Award(GrantApplication application, string organizationName, decimal amount, Guid? noticeId, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        TenantId = application.TenantId;
        CallId = application.CallId;
        CategoryId = application.CategoryId;
        ApplicationId = application.Id;
        OrganizationId = application.OrganizationId;
        ApplicationNumber = application.Number ?? "";
        ProjectTitle = application.Title;
        OrganizationName = organizationName;
        Amount = amount;
        NoticeId = noticeId;
        Status = AwardStatus.Active;
        AwardedAt = now;
        Version = 1;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid CallId { get; private set; }
    public Guid CategoryId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid OrganizationId { get; private set; }
    /// <summary>申报编号 of the application.</summary>
    public string ApplicationNumber { get; private set; } = "";
    public string ProjectTitle { get; private set; } = "";
    public string OrganizationName { get; private set; } = "";
    /// <summary>资助金额 in yuan (two decimals).</summary>
    public decimal Amount { get; private set; }
    /// <summary>The public notice it came through (null when made otherwise, e.g. imported).</summary>
    public Guid? NoticeId { get; private set; }
    public AwardStatus Status { get; private set; }
    /// <summary>立项: when it became final.</summary>
    public DateTimeOffset AwardedAt { get; private set; }
    public DateTimeOffset? AgreementSignedAt { get; private set; }
    public DateTimeOffset? MidTermPassedAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? TerminatedAt { get; private set; }
    public string? TerminationReason { get; private set; }
    /// <summary>应追回: paid money to recover after termination.</summary>
    public decimal ToRecover { get; private set; }
    /// <summary>Concurrency token: up by one with every change.</summary>
    public int Version { get; private set; }
    public IReadOnlyList<AwardTranche> Tranches => _tranches;
    public IReadOnlyList<AwardRecovery> Recoveries => _recoveries;

    /// <summary>已拨付.</summary>
    public decimal Paid => _tranches.Where(t => t.Status == TrancheStatus.Paid).Sum(t => t.Amount);
    /// <summary>未拨付: planned or due, not cancelled.</summary>
    public decimal Outstanding => _tranches.Where(t => t.Status is TrancheStatus.Planned or TrancheStatus.Due).Sum(t => t.Amount);
    /// <summary>已取消 (terminated before payment).</summary>
    public decimal Cancelled => _tranches.Where(t => t.Status == TrancheStatus.Cancelled).Sum(t => t.Amount);
    /// <summary>已追回.</summary>
    public decimal Recovered => _recoveries.Sum(r => r.Amount);

    /// <summary>
    /// 立项: the award for <paramref name="application"/>, with the call's schedule as its tranche plan; tranches due on
    /// approval are due at once.
    /// </summary>
    public static Award Grant(
        GrantApplication application, string organizationName, decimal amount, IReadOnlyList<TrancheRule> schedule, Guid? noticeId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (amount <= 0)
        {
            throw new DomainException("award.amount_invalid", $"An award is a positive amount, not {amount.ToString(CultureInfo.InvariantCulture)}.");
        }
        var award = new Award(application, organizationName, amount, noticeId, now);
        award._tranches.AddRange(TranchePlan.For(amount, schedule).Select(p => new AwardTranche(award, p)));
        award.Release(DisbursementMilestone.OnApproval, now);
        return award;
    }

    /// <summary>Whether <paramref name="milestone"/> has been met.</summary>
    public bool HasMet(DisbursementMilestone milestone) => milestone switch
    {
        DisbursementMilestone.OnApproval => true,
        DisbursementMilestone.AgreementSigned => AgreementSignedAt is not null,
        DisbursementMilestone.MidTermEvaluation => MidTermPassedAt is not null,
        DisbursementMilestone.Acceptance => AcceptedAt is not null,
        _ => false,
    };

    /// <summary>
    /// Records that a milestone is met (任务书签订, 中期评估通过, 验收通过): the tranches it releases become due. Meeting
    /// it again changes nothing; a terminated award meets no more milestones. Acceptance completes the award.
    /// </summary>
    public void MeetMilestone(DisbursementMilestone milestone, DateTimeOffset now)
    {
        EnsureNotTerminated();
        if (HasMet(milestone))
        {
            return;
        }
        switch (milestone)
        {
            case DisbursementMilestone.AgreementSigned:
                AgreementSignedAt = now;
                break;
            case DisbursementMilestone.MidTermEvaluation:
                MidTermPassedAt = now;
                break;
            case DisbursementMilestone.Acceptance:
                AcceptedAt = now;
                Status = AwardStatus.Completed;
                break;
        }
        Release(milestone, now);
        Touch();
    }

    /// <summary>
    /// 拨付: records the payment of tranche <paramref name="number"/>. Refused when the tranche is not due (its milestone
    /// is not met), already paid or cancelled, the voucher number is missing, or the date is after today in Beijing.
    /// </summary>
    public AwardTranche RecordPayment(int number, DateOnly paidOn, string voucherNumber, int expectedVersion, Guid? userId, string userName, DateTimeOffset now)
    {
        EnsureCurrent(expectedVersion);
        var tranche = _tranches.SingleOrDefault(t => t.Number == number)
            ?? throw new DomainException("award.unknown_tranche", "There is no such tranche.");
        if (string.IsNullOrWhiteSpace(voucherNumber))
        {
            throw new DomainException("award.voucher_required", "A voucher number is required.");
        }
        if (paidOn > BeijingTime.Today(now))
        {
            throw new DomainException("award.paid_in_future", "The payment date is in the future.");
        }
        if (tranche.Status == TrancheStatus.Cancelled)
        {
            throw new DomainException("award.tranche_cancelled", "This tranche was cancelled.");
        }
        tranche.Pay(paidOn, voucherNumber.Trim(), userId, userName, now);
        Touch();
        return tranche;
    }

    /// <summary>
    /// 终止 (验收不通过 / 未完成): unpaid tranches are cancelled and <paramref name="toRecover"/> of the paid money is
    /// to be recovered (at most what was paid).
    /// </summary>
    public void Terminate(string reason, decimal toRecover, int expectedVersion, DateTimeOffset now)
    {
        EnsureCurrent(expectedVersion);
        EnsureNotTerminated();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("award.reason_required", "A reason is required.");
        }
        if (toRecover < 0 || toRecover > Paid || decimal.Round(toRecover, 2) != toRecover)
        {
            throw new DomainException("award.recovery_invalid", "The amount to recover must be between zero and what was paid.");
        }
        foreach (var tranche in _tranches)
        {
            tranche.Cancel(now);
        }
        Status = AwardStatus.Terminated;
        TerminatedAt = now;
        TerminationReason = reason.Trim();
        ToRecover = toRecover;
        Touch();
    }

    /// <summary>追回: records money that came back; never more than is still to recover.</summary>
    public AwardRecovery RecordRecovery(decimal amount, DateOnly receivedOn, string voucherNumber, int expectedVersion, Guid? userId, string userName, DateTimeOffset now)
    {
        EnsureCurrent(expectedVersion);
        if (Status != AwardStatus.Terminated)
        {
            throw new DomainException("award.not_terminated", "Only a terminated award has money to recover.");
        }
        if (amount <= 0 || decimal.Round(amount, 2) != amount || Recovered + amount > ToRecover)
        {
            throw new DomainException("award.recovery_invalid", "The amount must be positive and at most what is still to recover.");
        }
        if (string.IsNullOrWhiteSpace(voucherNumber))
        {
            throw new DomainException("award.voucher_required", "A voucher number is required.");
        }
        if (receivedOn > BeijingTime.Today(now))
        {
            throw new DomainException("award.paid_in_future", "The date is in the future.");
        }
        var recovery = new AwardRecovery(this, amount, receivedOn, voucherNumber.Trim(), userId, userName, now);
        _recoveries.Add(recovery);
        Touch();
        return recovery;
    }

    private void Release(DisbursementMilestone milestone, DateTimeOffset now)
    {
        foreach (var tranche in _tranches.Where(t => t.Milestone == milestone))
        {
            tranche.Release(now);
        }
    }

    private void EnsureCurrent(int expectedVersion)
    {
        if (expectedVersion != Version)
        {
            throw new DomainException("award.stale", "The award was changed since it was opened.", Version);
        }
    }

    private void EnsureNotTerminated()
    {
        if (Status == AwardStatus.Terminated)
        {
            throw new DomainException("award.terminated", "The award was terminated.");
        }
    }

    private void Touch() => Version++;
}
