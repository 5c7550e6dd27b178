namespace GrantPortal.Domain.Reviews;

/// <summary>Places of one type on one application that could not be filled, and why.</summary>
public sealed record AssignmentGap(Guid ApplicationId, ExpertType Type, int Missing, AssignmentGapReason Reason);
