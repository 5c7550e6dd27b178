using GrantPortal.Domain.Calls;

namespace GrantPortal.Domain.Awards;

/// <summary>One tranche of an award's payment plan: its number (1 …), the milestone that releases it, its share and its amount in yuan.</summary>
public sealed record PlannedTranche(int Number, DisbursementMilestone Milestone, decimal Percent, decimal Amount);
