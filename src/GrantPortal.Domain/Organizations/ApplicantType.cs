namespace GrantPortal.Domain.Organizations;

/// <summary>申报单位类型: which kinds of organisation a category lets apply.</summary>
public enum ApplicantType
{
    /// <summary>学会（协会、研究会）.</summary>
    Society,
    /// <summary>高校科协.</summary>
    UniversityAssociation,
    /// <summary>市（州、县、区）科协.</summary>
    CityAssociation,
    /// <summary>企业（园区）科协.</summary>
    EnterpriseAssociation,
    /// <summary>团体会员.</summary>
    GroupMember,
    /// <summary>学会联合体.</summary>
    SocietyConsortium,
    /// <summary>学会党支部.</summary>
    SocietyPartyBranch,
    /// <summary>科技期刊编辑部.</summary>
    JournalEditorialOffice,
    /// <summary>其他有关单位.</summary>
    Other,
}
