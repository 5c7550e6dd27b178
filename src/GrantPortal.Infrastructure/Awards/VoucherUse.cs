namespace GrantPortal.Infrastructure.Awards;

/// <summary>Where a voucher number was already booked: the award's application number and the tranche (null for a recovery).</summary>
public sealed record VoucherUse(Guid AwardId, string ApplicationNumber, int? TrancheNumber);
