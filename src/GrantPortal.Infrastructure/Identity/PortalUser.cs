using Microsoft.AspNetCore.Identity;

namespace GrantPortal.Infrastructure.Identity;

/// <summary>A person who signs in. Global across associations; what they may do in each is a TenantMembership.</summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
