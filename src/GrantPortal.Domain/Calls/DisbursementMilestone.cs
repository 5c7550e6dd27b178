namespace GrantPortal.Domain.Calls;

/// <summary>The milestone that releases a tranche, in the order a project reaches them.</summary>
public enum DisbursementMilestone
{
    /// <summary>立项后.</summary>
    OnApproval,
    /// <summary>签订任务书 / 合同书后.</summary>
    AgreementSigned,
    /// <summary>中期评估后.</summary>
    MidTermEvaluation,
    /// <summary>验收通过后.</summary>
    Acceptance,
}
