using GrantPortal.Domain.Calls;

namespace GrantPortal.Domain.Agreements;

/// <summary>拨付计划: one tranche as the agreement states it (number, the milestone that releases it, share, amount in yuan).</summary>
public sealed record AgreementTranche(int Number, DisbursementMilestone Milestone, decimal Percent, decimal Amount);
