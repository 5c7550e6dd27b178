namespace GrantPortal.Domain.Applications;

/// <summary>Where an application stands (我的申报 shows each with what to do next).</summary>
public enum ApplicationStatus
{
    /// <summary>草稿: being filled in; only the organisation sees it.</summary>
    Draft,
    /// <summary>已提交: submitted before the deadline; the last submission counts.</summary>
    Submitted,
    /// <summary>已撤回: taken back by the applicant; may be changed and submitted again until the deadline.</summary>
    Withdrawn,
    /// <summary>形式审查中.</summary>
    FormalCheck,
    /// <summary>退回修改: returned by staff for correction.</summary>
    Returned,
    /// <summary>专家评审中.</summary>
    ExpertReview,
    /// <summary>公示中.</summary>
    PublicNotice,
    /// <summary>已立项.</summary>
    Approved,
    /// <summary>未立项.</summary>
    NotApproved,
    /// <summary>不予受理: rejected at the formal check.</summary>
    Rejected,
}
