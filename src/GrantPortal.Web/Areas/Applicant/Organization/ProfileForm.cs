using GrantPortal.Domain.Organizations;

namespace GrantPortal.Web.Areas.Applicant.Organization;

/// <summary>单位信息 as the applicant edits it; <see cref="Revision"/> is the revision the page was opened on.</summary>
public sealed class ProfileForm
{
    public int Revision { get; set; }
    public string? LegalRepresentative { get; set; }
    public string? Chair { get; set; }
    public string? SecretaryGeneral { get; set; }
    public bool? SecretaryGeneralFullTime { get; set; }
    public string? SupportingUnit { get; set; }
    public FinanceSystem? FinanceSystem { get; set; }
    public int? MemberCount { get; set; }
    public int? GroupMemberCount { get; set; }
    public int? StaffCount { get; set; }
    public string? Address { get; set; }
    public string? PostalCode { get; set; }
    public string? Website { get; set; }
    public string ContactName { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public string ContactEmail { get; set; } = "";
    public string? SecondContactName { get; set; }
    public string? SecondContactPhone { get; set; }
    public string? SecondContactEmail { get; set; }

    public static ProfileForm From(ApplicantOrganization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var p = organization.Profile();
        return new ProfileForm
        {
            Revision = organization.Revision,
            LegalRepresentative = p.LegalRepresentative,
            Chair = p.Chair,
            SecretaryGeneral = p.SecretaryGeneral,
            SecretaryGeneralFullTime = p.SecretaryGeneralFullTime,
            SupportingUnit = p.SupportingUnit,
            FinanceSystem = p.FinanceSystem,
            MemberCount = p.MemberCount,
            GroupMemberCount = p.GroupMemberCount,
            StaffCount = p.StaffCount,
            Address = p.Address,
            PostalCode = p.PostalCode,
            Website = p.Website,
            ContactName = p.ContactName,
            ContactPhone = p.ContactPhone,
            ContactEmail = p.ContactEmail,
            SecondContactName = p.SecondContactName,
            SecondContactPhone = p.SecondContactPhone,
            SecondContactEmail = p.SecondContactEmail,
        };
    }

    public OrganizationProfile ToProfile() => new()
    {
        LegalRepresentative = LegalRepresentative,
        Chair = Chair,
        SecretaryGeneral = SecretaryGeneral,
        SecretaryGeneralFullTime = SecretaryGeneralFullTime,
        SupportingUnit = SupportingUnit,
        FinanceSystem = FinanceSystem,
        MemberCount = MemberCount,
        GroupMemberCount = GroupMemberCount,
        StaffCount = StaffCount,
        Address = Address,
        PostalCode = PostalCode,
        Website = Website,
        ContactName = ContactName,
        ContactPhone = ContactPhone,
        ContactEmail = ContactEmail,
        SecondContactName = SecondContactName,
        SecondContactPhone = SecondContactPhone,
        SecondContactEmail = SecondContactEmail,
    };
}
