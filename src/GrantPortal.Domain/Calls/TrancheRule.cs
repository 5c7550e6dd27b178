namespace GrantPortal.Domain.Calls;

/// <summary>分期拨付之一期: a share of the award paid when a milestone is met.</summary>
public sealed record TrancheRule(decimal Percent, DisbursementMilestone Milestone);
