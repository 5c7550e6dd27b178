namespace GrantPortal.Domain.Reviews;

/// <summary>An assignment already made (any status), as the automatic assignment sees it.</summary>
public sealed record PriorAssignment(Guid ApplicationId, Guid ExpertId, ExpertType Type, ReviewAssignmentStatus Status)
{
    public bool IsActive => Status is ReviewAssignmentStatus.Assigned or ReviewAssignmentStatus.Submitted;

    public static PriorAssignment Of(ReviewAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return new PriorAssignment(assignment.ApplicationId, assignment.ExpertId, assignment.Type, assignment.Status);
    }
}
