namespace GrantPortal.Domain.Organizations;

/// <summary>
/// 单位信息: what the application forms ask again and again, typed once by the organisation. The name, type and credit
/// code are not part of it (changing them is a staff matter).
/// </summary>
public sealed record OrganizationProfile
{
    public string? LegalRepresentative { get; init; }
    public string? Chair { get; init; }
    public string? SecretaryGeneral { get; init; }
    public bool? SecretaryGeneralFullTime { get; init; }
    /// <summary>业务主管单位.</summary>
    public string? SupportingUnit { get; init; }
    public FinanceSystem? FinanceSystem { get; init; }
    /// <summary>个人会员数.</summary>
    public int? MemberCount { get; init; }
    /// <summary>团体会员数.</summary>
    public int? GroupMemberCount { get; init; }
    /// <summary>专职工作人员数.</summary>
    public int? StaffCount { get; init; }
    public string? Address { get; init; }
    public string? PostalCode { get; init; }
    public string? Website { get; init; }
    public string ContactName { get; init; } = "";
    public string ContactPhone { get; init; } = "";
    public string ContactEmail { get; init; } = "";
    public string? SecondContactName { get; init; }
    public string? SecondContactPhone { get; init; }
    public string? SecondContactEmail { get; init; }
}
