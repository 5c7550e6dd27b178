namespace GrantPortal.Domain.Reviews;

/// <summary>What the automatic assignment proposes: the new assignments, the places it could not fill, and each expert's load after it.</summary>
public sealed record AssignmentPlan(
    IReadOnlyList<PlannedAssignment> Assignments, IReadOnlyList<AssignmentGap> Gaps, IReadOnlyDictionary<Guid, int> Loads);
