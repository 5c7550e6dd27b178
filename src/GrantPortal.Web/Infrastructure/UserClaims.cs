using System.Security.Claims;

namespace GrantPortal.Web.Infrastructure;

/// <summary>Who the signed-in person is, read from their claims in one place.</summary>
public static class UserClaims
{
    /// <summary>The applicant organisation the signed-in person acts for in this association; null when none.</summary>
    public static Guid? OrganizationId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirstValue(TenantRoleClaims.OrganizationClaim), out var id) ? id : null;
    }

    public static Guid? UserId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
    }
}
