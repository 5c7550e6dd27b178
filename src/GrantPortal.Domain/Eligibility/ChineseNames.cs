using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Organizations;

namespace GrantPortal.Domain.Eligibility;

/// <summary>The Chinese names the eligibility messages use (the Web's Display/Labels says the same for pages).</summary>
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
        _ => type.ToString(),
    };

    public static string Of(DebarmentReason reason) => reason switch
    {
        DebarmentReason.Falsification => "弄虚作假",
        DebarmentReason.NonCompletion => "无故未完成或未按要求验收",
        DebarmentReason.Subcontracting => "项目转包",
        _ => reason.ToString(),
    };
}
