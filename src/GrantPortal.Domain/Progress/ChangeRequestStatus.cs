namespace GrantPortal.Domain.Progress;

/// <summary>Where a change request stands.</summary>
public enum ChangeRequestStatus
{
    /// <summary>待审核.</summary>
    Pending,
    /// <summary>已批准.</summary>
    Approved,
    /// <summary>不予批准.</summary>
    Refused,
    /// <summary>已撤回 by the applicant before a decision.</summary>
    Withdrawn,
}
