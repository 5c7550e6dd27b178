using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Awards;

/// <summary>
/// 拨付流水: one line of the association's payment journal, written with every payment, recovery and cancellation and
/// never changed or deleted afterwards (the database refuses it). The voucher number of a payment is unique in the
/// association, so the same voucher is never booked twice.
/// </summary>
public sealed class PaymentEntry : ITenantOwned
{
    private PaymentEntry() { }

    private PaymentEntry(Award award, PaymentKind kind, int? trancheNumber, Guid? recoveryId, decimal amount, DateOnly? on, string? voucherNumber,
        Guid? userId, string userName, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        TenantId = award.TenantId;
        AwardId = award.Id;
        CallId = award.CallId;
        Kind = kind;
        TrancheNumber = trancheNumber;
        RecoveryId = recoveryId;
        Amount = amount;
        On = on;
        VoucherNumber = voucherNumber;
        RecordedBy = userId;
        RecordedByName = userName;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid AwardId { get; private set; }
    public Guid CallId { get; private set; }
    public PaymentKind Kind { get; private set; }
    /// <summary>The tranche paid or cancelled; null for a recovery.</summary>
    public int? TrancheNumber { get; private set; }
    /// <summary>The recovery recorded; null otherwise.</summary>
    public Guid? RecoveryId { get; private set; }
    /// <summary>Yuan, positive.</summary>
    public decimal Amount { get; private set; }
    /// <summary>The Beijing date of the payment or of the money coming back; null for a cancellation.</summary>
    public DateOnly? On { get; private set; }
    /// <summary>凭证号; null for a cancellation.</summary>
    public string? VoucherNumber { get; private set; }
    public Guid? RecordedBy { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The journal line of a paid tranche.</summary>
    public static PaymentEntry Payment(Award award, AwardTranche tranche)
    {
        ArgumentNullException.ThrowIfNull(award);
        ArgumentNullException.ThrowIfNull(tranche);
        if (tranche.Status != TrancheStatus.Paid)
        {
            throw new DomainException("award.tranche_not_paid", "Only a paid tranche goes into the journal as a payment.");
        }
        return new PaymentEntry(award, PaymentKind.Payment, tranche.Number, null, tranche.Amount, tranche.PaidOn, tranche.VoucherNumber,
            tranche.PaidBy, tranche.PaidByName ?? "", tranche.RecordedAt!.Value);
    }

    /// <summary>The journal line of money recovered.</summary>
    public static PaymentEntry Recovery(Award award, AwardRecovery recovery)
    {
        ArgumentNullException.ThrowIfNull(award);
        ArgumentNullException.ThrowIfNull(recovery);
        return new PaymentEntry(award, PaymentKind.Recovery, null, recovery.Id, recovery.Amount, recovery.ReceivedOn, recovery.VoucherNumber,
            recovery.RecordedBy, recovery.RecordedByName, recovery.RecordedAt);
    }

    /// <summary>The journal line of a tranche cancelled unpaid (termination).</summary>
    public static PaymentEntry Cancellation(Award award, AwardTranche tranche, Guid? userId, string userName)
    {
        ArgumentNullException.ThrowIfNull(award);
        ArgumentNullException.ThrowIfNull(tranche);
        if (tranche.Status != TrancheStatus.Cancelled)
        {
            throw new DomainException("award.tranche_not_cancelled", "Only a cancelled tranche goes into the journal as a cancellation.");
        }
        return new PaymentEntry(award, PaymentKind.Cancellation, tranche.Number, null, tranche.Amount, null, null, userId, userName, tranche.CancelledAt!.Value);
    }
}
