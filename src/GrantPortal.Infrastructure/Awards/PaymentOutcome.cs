using GrantPortal.Domain.Common;

namespace GrantPortal.Infrastructure.Awards;

/// <summary>The result of <see cref="AwardPayments"/>: done, or why not (the domain's error, what was missed, where the voucher was used).</summary>
public sealed record PaymentOutcome(PaymentStatus Status, DomainException? Error = null, IReadOnlyList<AwardEvent>? Missed = null, VoucherUse? Voucher = null)
{
    public static readonly PaymentOutcome Done = new(PaymentStatus.Done);
    public static readonly PaymentOutcome NotFound = new(PaymentStatus.NotFound);
}
