using GrantPortal.Domain.Awards;
using GrantPortal.Infrastructure.Awards;

namespace GrantPortal.Web.Areas.Staff.Awards;

/// <summary>
/// The staff award page: the award with its tranches, recoveries and journal; the payment form that failed (with what
/// was typed) and the recovery form; an error message and what was missed on a stale version.
/// </summary>
public sealed record AwardPage(
    Award Award, string CallTitle, string CategoryName, IReadOnlyList<PaymentEntry> Journal, DateOnly Today, long OpenedAt,
    PaymentForm? Payment = null, RecoveryForm? Recovery = null, string? Error = null, IReadOnlyList<AwardEvent>? Missed = null);
