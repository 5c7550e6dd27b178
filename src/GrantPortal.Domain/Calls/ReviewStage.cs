namespace GrantPortal.Domain.Calls;

/// <summary>Stages of the review pipeline, in order.</summary>
public enum ReviewStage
{
    /// <summary>形式审查.</summary>
    ComplianceCheck,
    /// <summary>专家评审.</summary>
    ExpertReview,
    /// <summary>立项公示.</summary>
    PublicNotice,
    /// <summary>签订任务书.</summary>
    TaskAgreement,
}
