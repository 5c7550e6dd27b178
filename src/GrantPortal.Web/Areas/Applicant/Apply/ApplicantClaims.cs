using System.Security.Claims;
using GrantPortal.Web.Infrastructure;

namespace GrantPortal.Web.Areas.Applicant.Apply;

/// <summary>The signed-in applicant's organisation and user id, from the per-tenant claims.</summary>
public static class ApplicantClaims
{
    public static Guid? OrganizationId(this ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(TenantRoleClaims.OrganizationClaim), out var id) ? id : null;

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
