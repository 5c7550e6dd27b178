using GrantPortal.Domain.Calls;
using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Eligibility;

/// <summary>
/// 单位情况: a fact an applicant organisation declares about itself (annual report filed for 2022, capability rating A
/// in 2022 …), tested by the eligibility conditions. Self-declared; staff verify it at the formal check.
/// </summary>
public sealed class OrganizationFact : ITenantOwned
{
    private OrganizationFact() { }

    public OrganizationFact(Guid tenantId, Guid organizationId, EligibilityFact fact, string? value, int? year, Guid? declaredBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        OrganizationId = organizationId;
        Fact = fact;
        Value = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        Year = year;
        DeclaredBy = declaredBy;
        DeclaredAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid OrganizationId { get; private set; }
    public EligibilityFact Fact { get; private set; }
    /// <summary>The grade of a capability rating ("A"), the description of another fact.</summary>
    public string? Value { get; private set; }
    /// <summary>The year of an annual report or a rating.</summary>
    public int? Year { get; private set; }
    public Guid? DeclaredBy { get; private set; }
    public DateTimeOffset DeclaredAt { get; private set; }
    public Guid? VerifiedBy { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }

    public bool IsVerified => VerifiedAt is not null;

    /// <summary>Whether this declares the same thing as <paramref name="fact"/>, <paramref name="value"/> and <paramref name="year"/>.</summary>
    public bool Declares(EligibilityFact fact, string? value, int? year) =>
        Fact == fact && Year == year && string.Equals(Value, string.IsNullOrWhiteSpace(value) ? null : value.Trim(), StringComparison.Ordinal);

    /// <summary>Staff confirm the declaration (at the formal check).</summary>
    public void Verify(Guid? userId, DateTimeOffset now)
    {
        VerifiedBy = userId;
        VerifiedAt = now;
    }
}
