using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Awards;

/// <summary>
/// 一期拨款: one tranche of an award, from the call's disbursement schedule. It becomes due when its milestone is met,
/// and is paid once, with the date, the voucher number and who recorded it.
/// </summary>
public sealed class AwardTranche : ITenantOwned
{
    private AwardTranche() { }

    internal AwardTranche(Award award, PlannedTranche planned)
    {
        Id = Guid.CreateVersion7();
        TenantId = award.TenantId;
        AwardId = award.Id;
        Number = planned.Number;
        Milestone = planned.Milestone;
        Percent = planned.Percent;
        Amount = planned.Amount;
        Status = TrancheStatus.Planned;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid AwardId { get; private set; }
    /// <summary>1, 2, 3 … in the order of the schedule.</summary>
    public int Number { get; private set; }
    public DisbursementMilestone Milestone { get; private set; }
    public decimal Percent { get; private set; }
    /// <summary>Yuan, exact to the fen; the last tranche takes the remainder.</summary>
    public decimal Amount { get; private set; }
    public TrancheStatus Status { get; private set; }
    /// <summary>When its milestone was met.</summary>
    public DateTimeOffset? DueSince { get; private set; }
    /// <summary>The Beijing date the money left (拨付日期).</summary>
    public DateOnly? PaidOn { get; private set; }
    /// <summary>凭证号.</summary>
    public string? VoucherNumber { get; private set; }
    public Guid? PaidBy { get; private set; }
    public string? PaidByName { get; private set; }
    /// <summary>When the payment was recorded.</summary>
    public DateTimeOffset? RecordedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }

    internal void Release(DateTimeOffset now)
    {
        if (Status == TrancheStatus.Planned)
        {
            Status = TrancheStatus.Due;
            DueSince = now;
        }
    }

    internal void Pay(DateOnly paidOn, string voucherNumber, Guid? userId, string userName, DateTimeOffset now)
    {
        if (Status == TrancheStatus.Paid)
        {
            throw new DomainException("award.tranche_paid", "This tranche is already paid.");
        }
        if (Status != TrancheStatus.Due)
        {
            throw new DomainException("award.tranche_not_due", "This tranche's milestone is not met yet.");
        }
        Status = TrancheStatus.Paid;
        PaidOn = paidOn;
        VoucherNumber = voucherNumber;
        PaidBy = userId;
        PaidByName = userName;
        RecordedAt = now;
    }

    internal void Cancel(DateTimeOffset now)
    {
        if (Status is TrancheStatus.Planned or TrancheStatus.Due)
        {
            Status = TrancheStatus.Cancelled;
            CancelledAt = now;
        }
    }
}
