using GrantPortal.Domain.Common;

namespace GrantPortal.Domain.Tenancy;

/// <summary>
/// 角色授权: one person's role in one association. A person may hold several roles and roles in several
/// associations; an Applicant membership always names the organisation it acts for.
/// </summary>
public sealed class TenantMembership : ITenantOwned
{
    private TenantMembership() { }

    public TenantMembership(Guid tenantId, Guid userId, PortalRole role, Guid? organizationId, DateTimeOffset now)
    {
        if (role == PortalRole.Applicant && organizationId is null)
        {
            throw new DomainException("membership.applicant_needs_organization", "An applicant membership needs an organization.");
        }
        if (role != PortalRole.Applicant && organizationId is not null)
        {
            throw new DomainException("membership.organization_only_for_applicant", "Only applicant memberships name an organization.");
        }
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        UserId = userId;
        Role = role;
        OrganizationId = organizationId;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid UserId { get; private set; }
    public PortalRole Role { get; private set; }
    public Guid? OrganizationId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>单位管理员: the applicant who registered the organisation; invites and removes its other users.</summary>
    public bool IsOrganizationOwner { get; private set; }

    /// <summary>Makes this applicant membership its organisation's owner (set by registration).</summary>
    public void MarkOrganizationOwner()
    {
        if (Role != PortalRole.Applicant)
        {
            throw new DomainException("membership.owner_only_for_applicant", "Only an applicant membership can own an organization.");
        }
        IsOrganizationOwner = true;
    }
}
