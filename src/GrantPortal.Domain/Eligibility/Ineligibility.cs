namespace GrantPortal.Domain.Eligibility;

/// <summary>
/// One reason an organisation may not apply, in Chinese naming the detail. <see cref="Blocking"/> false is a warning:
/// a condition the portal cannot decide (staff check it at the formal check), shown but not refused.
/// </summary>
public sealed record Ineligibility(IneligibilityCode Code, string Message, bool Blocking = true);
