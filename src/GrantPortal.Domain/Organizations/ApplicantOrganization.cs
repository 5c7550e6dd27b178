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
        if (Address is { } address)
        {
            values["address"] = address;
        }
        return values;
    }
}
