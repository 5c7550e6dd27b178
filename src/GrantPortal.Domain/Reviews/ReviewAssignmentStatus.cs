namespace GrantPortal.Domain.Reviews;

/// <summary>Where one expert's review of one application stands.</summary>
public enum ReviewAssignmentStatus
{
    /// <summary>待评审.</summary>
    Assigned,
    /// <summary>已回避: the expert declared a conflict of interest; the place on the panel is open again.</summary>
    Recused,
    /// <summary>已提交评分.</summary>
    Submitted,
    /// <summary>已撤销: staff took the assignment away before a score was given.</summary>
    Withdrawn,
}
