using GrantPortal.Domain.Awards;
using GrantPortal.Domain.Calls;

namespace GrantPortal.Infrastructure.Awards;

/// <summary>
/// Something that happened to an award, for the message that tells staff what they missed: a journal line (payment,
/// recovery, cancellation) or a milestone met (agreement signed, mid-term passed, accepted) or the termination.
/// </summary>
public sealed record AwardEvent(DateTimeOffset At, PaymentEntry? Entry, DisbursementMilestone? Milestone, bool Terminated);
