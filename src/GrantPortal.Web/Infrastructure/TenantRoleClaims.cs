using System.Security.Claims;
using GrantPortal.Domain.Tenancy;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Web.Infrastructure;

/// <summary>
/// Roles are per association: on a tenant's pages the signed-in person carries the roles they hold there, and
/// no others, so [Authorize(Roles = "Staff")] means "staff of this association".
/// </summary>
public sealed class TenantRoleClaims(TenantContext tenant, PortalDbContext db) : IClaimsTransformation
{
    public const string OrganizationClaim = "gp:organization";
    private const string MarkerType = "gp:tenant-roles";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.HasClaim(c => c.Type == MarkerType)
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return principal;
        }
        tenant.SetUser(userId);
        var identity = new ClaimsIdentity(MarkerType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(MarkerType, tenant.TenantId?.ToString() ?? ""));
        if (tenant.TenantId is { } tenantId)
        {
            var memberships = await db.Memberships.AsNoTracking()
                .Where(m => m.TenantId == tenantId && m.UserId == userId)
                .Select(m => new { m.Role, m.OrganizationId })
                .ToListAsync();
            foreach (var membership in memberships)
            {
                identity.AddClaim(new Claim(ClaimTypes.Role, membership.Role.ToString()));
                if (membership.Role == PortalRole.Applicant && membership.OrganizationId is { } organizationId)
                {
                    identity.AddClaim(new Claim(OrganizationClaim, organizationId.ToString()));
                }
            }
        }
        var transformed = principal.Clone();
        transformed.AddIdentity(identity);
        return transformed;
    }
}
