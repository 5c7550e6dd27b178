namespace GrantPortal.Domain.Acceptance;

/// <summary>Where an acceptance submission stands.</summary>
public enum AcceptanceStatus
{
    /// <summary>填写中.</summary>
    Draft,
    /// <summary>已提交, waiting for staff.</summary>
    Submitted,
    /// <summary>退回修改: the applicant revises and submits again.</summary>
    RevisionRequested,
    /// <summary>验收通过.</summary>
    Accepted,
    /// <summary>验收不通过.</summary>
    Failed,
}
