namespace GrantPortal.Infrastructure.Reviews;

/// <summary>Why staff could not assign an expert by hand.</summary>
public enum AssignmentRefusal
{
    None,
    NotInReview,
    Conflicted,
    AlreadyAssigned,
    Unavailable,
}
