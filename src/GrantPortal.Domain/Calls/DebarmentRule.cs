namespace GrantPortal.Domain.Calls;

/// <summary>取消申报资格: for what, and for how many years (1 = the next year; Hunan: 3 for falsification).</summary>
public sealed record DebarmentRule(DebarmentReason Reason, int Years, string? Note = null);
