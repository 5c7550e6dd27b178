namespace GrantPortal.Domain.Eligibility;

/// <summary>Why an organisation may not (or may not yet) apply to a category.</summary>
public enum IneligibilityCode
{
    /// <summary>The category takes no applications (it has no form).</summary>
    NotApplicable,
    /// <summary>未开放.</summary>
    CallNotOpen,
    /// <summary>已截止.</summary>
    CallClosed,
    /// <summary>The organisation's type is not among the category's applicant types.</summary>
    TypeNotEligible,
    /// <summary>每个单位限报 N 项.</summary>
    LimitReached,
    /// <summary>取消申报资格 in force.</summary>
    Debarred,
    /// <summary>A requirement none of whose conditions holds.</summary>
    ConditionNotMet,
    /// <summary>An earlier project is not finished.</summary>
    UnfinishedProject,
}
