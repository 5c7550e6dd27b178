namespace GrantPortal.Domain.Agreements;

/// <summary>Where one version of a task agreement (任务书) stands; each version goes through these in order.</summary>
public enum AgreementStatus
{
    /// <summary>草稿: staff may still edit it; the applicant does not see it.</summary>
    Draft,
    /// <summary>已下达: sent to the applicant to print, seal and upload.</summary>
    Issued,
    /// <summary>已上传盖章件: the applicant uploaded the sealed scan; staff check and countersign.</summary>
    SealedUploaded,
    /// <summary>已会签: the association countersigned (a signed PDF); the agreement is in force.</summary>
    Countersigned,
}
