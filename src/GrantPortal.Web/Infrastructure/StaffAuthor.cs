using System.Security.Claims;
using GrantPortal.Infrastructure.Calls;

namespace GrantPortal.Web.Infrastructure;

public static class StaffAuthor
{
    /// <summary>The signed-in person as the audit log names them: sign-in name (e-mail) and user id.</summary>
    public static CallEditAuthor ToAuthor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.FindFirstValue(ClaimTypes.Name) ?? "?";
        return new CallEditAuthor(user.UserId(), name);
    }
}
