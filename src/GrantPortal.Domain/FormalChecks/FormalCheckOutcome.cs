namespace GrantPortal.Domain.FormalChecks;

/// <summary>The staff's decision at the formal check (形式审查).</summary>
public enum FormalCheckOutcome
{
    /// <summary>通过: goes on to expert review.</summary>
    Passed,
    /// <summary>退回修改: the applicant corrects and resubmits before the correction deadline.</summary>
    Returned,
    /// <summary>不予受理: final.</summary>
    Rejected,
}
