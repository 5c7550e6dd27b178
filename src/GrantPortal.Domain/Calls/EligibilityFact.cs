namespace GrantPortal.Domain.Calls;

/// <summary>Facts about an applicant organisation that eligibility conditions test.</summary>
public enum EligibilityFact
{
    /// <summary>一流学会创建单位.</summary>
    FirstClassSocietyCandidate,
    /// <summary>综合能力评价等级 (Value = "A", Year = rating year).</summary>
    CapabilityRating,
    /// <summary>已完成某年度年报 (Year).</summary>
    AnnualReportFiled,
    /// <summary>无未完成的往年项目.</summary>
    NoUnfinishedEarlierProject,
    /// <summary>未被取消申报资格.</summary>
    NotDebarred,
    /// <summary>财务手续完善.</summary>
    SoundFinancialSystem,
    /// <summary>“科创中国”试点城市.</summary>
    PilotCity,
    /// <summary>Any other condition, described by its label and checked by staff.</summary>
    Other,
}
