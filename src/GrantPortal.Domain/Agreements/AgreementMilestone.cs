namespace GrantPortal.Domain.Agreements;

/// <summary>进度安排: one step of the schedule, when (free text such as "2025年7月—8月") and what.</summary>
public sealed record AgreementMilestone(string Period, string Task);
