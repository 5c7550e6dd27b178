using GrantPortal.Domain.Common;
using GrantPortal.Domain.Tenancy;

namespace GrantPortal.Domain.Tests.Tenancy;

/// <summary>Tests for <see cref="TenantMembership"/>: an Applicant acts for one organisation; other roles for none.</summary>
public class TenantMembershipTests
{
    private static readonly DateTimeOffset Now = new(2023, 4, 4, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Constructor_ApplicantWithOrganization_Created()
    {
        var tenant = Guid.NewGuid();
        var user = Guid.NewGuid();
        var organization = Guid.NewGuid();

        var membership = new TenantMembership(tenant, user, PortalRole.Applicant, organization, Now);

        Assert.Equal(tenant, membership.TenantId);
        Assert.Equal(user, membership.UserId);
        Assert.Equal(PortalRole.Applicant, membership.Role);
        Assert.Equal(organization, membership.OrganizationId);
        Assert.Equal(Now, membership.CreatedAt);
        Assert.NotEqual(Guid.Empty, membership.Id);
    }

    [Fact]
    public void Constructor_ApplicantWithoutOrganization_Throws()
    {
        var exception = Assert.Throws<DomainException>(() => new TenantMembership(Guid.NewGuid(), Guid.NewGuid(), PortalRole.Applicant, null, Now));

        Assert.Equal("membership.applicant_needs_organization", exception.Code);
    }

    [Theory]
    [InlineData(PortalRole.Staff)]
    [InlineData(PortalRole.Reviewer)]
    [InlineData(PortalRole.Admin)]
    public void Constructor_NonApplicantWithOrganization_Throws(PortalRole role)
    {
        var exception = Assert.Throws<DomainException>(() => new TenantMembership(Guid.NewGuid(), Guid.NewGuid(), role, Guid.NewGuid(), Now));

        Assert.Equal("membership.organization_only_for_applicant", exception.Code);
    }

    [Theory]
    [InlineData(PortalRole.Staff)]
    [InlineData(PortalRole.Reviewer)]
    [InlineData(PortalRole.Admin)]
    public void Constructor_NonApplicantWithoutOrganization_Created(PortalRole role)
    {
        var membership = new TenantMembership(Guid.NewGuid(), Guid.NewGuid(), role, null, Now);

        Assert.Equal(role, membership.Role);
        Assert.Null(membership.OrganizationId);
    }
}
