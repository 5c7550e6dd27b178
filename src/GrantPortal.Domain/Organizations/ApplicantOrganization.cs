using System.Globalization;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Organizations;

/// <summary>申报单位: an organisation registered with one association to apply for its grants.</summary>
public sealed class ApplicantOrganization : ITenantOwned
{
    private ApplicantOrganization() { }

    public ApplicantOrganization(
        Guid tenantId, string name, ApplicantType type, UnifiedSocialCreditCode creditCode,
        string contactName, string contactPhone, string contactEmail, string? address, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(creditCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        Name = name.Trim();
        Type = type;
        CreditCode = creditCode.Value;
        ContactName = contactName.Trim();
        ContactPhone = contactPhone.Trim();
        ContactEmail = contactEmail.Trim();
        Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public string Name { get; private set; } = "";
    public ApplicantType Type { get; private set; }
    /// <summary>统一社会信用代码, validated.</summary>
    public string CreditCode { get; private set; } = "";
    public string ContactName { get; private set; } = "";
    public string ContactPhone { get; private set; } = "";
    public string ContactEmail { get; private set; } = "";
    public string? Address { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public string? LegalRepresentative { get; private set; }
    public string? Chair { get; private set; }
    public string? SecretaryGeneral { get; private set; }
    public bool? SecretaryGeneralFullTime { get; private set; }
    /// <summary>业务主管单位.</summary>
    public string? SupportingUnit { get; private set; }
    public FinanceSystem? FinanceSystem { get; private set; }
    /// <summary>个人会员数.</summary>
    public int? MemberCount { get; private set; }
    /// <summary>团体会员数.</summary>
    public int? GroupMemberCount { get; private set; }
    /// <summary>专职工作人员数.</summary>
    public int? StaffCount { get; private set; }
    public string? PostalCode { get; private set; }
    public string? Website { get; private set; }
    public string? SecondContactName { get; private set; }
    public string? SecondContactPhone { get; private set; }
    public string? SecondContactEmail { get; private set; }
    /// <summary>Counts the profile's saves; a save naming an older revision is refused ("organization.stale").</summary>
    public int Revision { get; private set; }
    public DateTimeOffset? ProfileUpdatedAt { get; private set; }

    /// <summary>The profile as it stands, to edit.</summary>
    public OrganizationProfile Profile() => new()
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

    /// <summary>
    /// Replaces the profile. Refuses a save made on an older revision ("organization.stale", the current revision as
    /// argument), a missing main contact and negative counts ("organization.invalid_profile"); the shapes of phone
    /// numbers and e-mails are the form validator's business.
    /// </summary>
    public void UpdateProfile(OrganizationProfile profile, int expectedRevision, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (expectedRevision != Revision)
        {
            throw new DomainException("organization.stale", "The organisation's profile was changed since it was opened.", Revision);
        }
        if (string.IsNullOrWhiteSpace(profile.ContactName) || string.IsNullOrWhiteSpace(profile.ContactPhone) || string.IsNullOrWhiteSpace(profile.ContactEmail))
        {
            throw new DomainException("organization.invalid_profile", "The main contact needs a name, a phone and an e-mail.");
        }
        if (profile.MemberCount < 0 || profile.GroupMemberCount < 0 || profile.StaffCount < 0)
        {
            throw new DomainException("organization.invalid_profile", "Counts cannot be negative.");
        }
        if (profile.FinanceSystem is { } finance && !Enum.IsDefined(finance))
        {
            throw new DomainException("organization.invalid_profile", "Unknown finance system.");
        }
        LegalRepresentative = Clean(profile.LegalRepresentative);
        Chair = Clean(profile.Chair);
        SecretaryGeneral = Clean(profile.SecretaryGeneral);
        SecretaryGeneralFullTime = profile.SecretaryGeneralFullTime;
        SupportingUnit = Clean(profile.SupportingUnit);
        FinanceSystem = profile.FinanceSystem;
        MemberCount = profile.MemberCount;
        GroupMemberCount = profile.GroupMemberCount;
        StaffCount = profile.StaffCount;
        Address = Clean(profile.Address);
        PostalCode = Clean(profile.PostalCode);
        Website = Clean(profile.Website);
        ContactName = profile.ContactName.Trim();
        ContactPhone = profile.ContactPhone.Trim();
        ContactEmail = profile.ContactEmail.Trim();
        SecondContactName = Clean(profile.SecondContactName);
        SecondContactPhone = Clean(profile.SecondContactPhone);
        SecondContactEmail = Clean(profile.SecondContactEmail);
        Revision++;
        ProfileUpdatedAt = now;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// What the organisation's profile fills into a new application, by the form fields' prefill keys (name, address …):
    /// typed once, prefilled everywhere.
    /// </summary>
    public IReadOnlyDictionary<string, string> PrefillValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = Name,
            ["creditCode"] = CreditCode,
            ["contactName"] = ContactName,
            ["contactPhone"] = ContactPhone,
            ["contactEmail"] = ContactEmail,
        };
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                values[key] = value;
            }
        }
        Add("address", Address);
        Add("postalCode", PostalCode);
        Add("website", Website);
        Add("legalRepresentative", LegalRepresentative);
        Add("chair", Chair);
        Add("secretaryGeneral", SecretaryGeneral);
        Add("secretaryGeneralFullTime", SecretaryGeneralFullTime switch { true => "是", false => "否", null => null });
        Add("supportingUnit", SupportingUnit);
        Add("financeSystem", FinanceSystem is { } finance ? FinanceSystemNames.Of(finance) : null);
        Add("memberCount", MemberCount?.ToString(CultureInfo.InvariantCulture));
        Add("groupMemberCount", GroupMemberCount?.ToString(CultureInfo.InvariantCulture));
        Add("staffCount", StaffCount?.ToString(CultureInfo.InvariantCulture));
        return values;
    }
}
