namespace GrantPortal.Domain.Tenancy;

/// <summary>What a person may do in one association.</summary>
public enum PortalRole
{
    /// <summary>申报单位用户: acts for one applicant organisation.</summary>
    Applicant,
    /// <summary>科协工作人员: configures calls, runs checks, notices, agreements, payments.</summary>
    Staff,
    /// <summary>评审专家.</summary>
    Reviewer,
    /// <summary>管理员: accounts, exports, the whole tenant.</summary>
    Admin,
}
