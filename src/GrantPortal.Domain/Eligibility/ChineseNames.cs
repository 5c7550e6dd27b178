using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Organizations;

namespace GrantPortal.Domain.Eligibility;

/// <summary>The Chinese names of applicant types and debarment reasons: the eligibility messages use them, and the Web's Display/Labels passes them to the pages.</summary>
public static class ChineseNames
{
    public static string Of(ApplicantType type) => type switch
    {
        ApplicantType.Society => "学会（协会、研究会）",
        ApplicantType.UniversityAssociation => "高校科协",
        ApplicantType.CityAssociation => "市（州、县、区）科协",
        ApplicantType.EnterpriseAssociation => "企业（园区）科协",
        ApplicantType.GroupMember => "团体会员",
        ApplicantType.SocietyConsortium => "学会联合体",
        ApplicantType.SocietyPartyBranch => "学会党支部",
        ApplicantType.JournalEditorialOffice => "科技期刊编辑部",
        ApplicantType.Other => "其他有关单位",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Of(DebarmentReason reason) => reason switch
    {
        DebarmentReason.Falsification => "弄虚作假",
        DebarmentReason.NonCompletion => "无故未完成或未按要求验收",
        DebarmentReason.Subcontracting => "项目转包",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
