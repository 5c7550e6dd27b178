using GrantPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace GrantPortal.Web.Areas.Public.Session;

/// <summary>
/// How long the sign-in has left (GET /session, which never renews it: see <see cref="SessionCookieEvents"/>), and
/// keeping it (POST /session/keepalive, with the antiforgery token). Read by wwwroot/js/session.js.
/// </summary>
[Area("Public")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SessionController(SignInManager<PortalUser> signIn, TimeProvider time) : Controller
{
    public const string StatusPath = "/session";

    [HttpGet(StatusPath)]
    public async Task<IActionResult> Status()
    {
        var result = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return Json(StatusOf(result.Succeeded ? result.Properties?.ExpiresUtc : null));
    }

    [HttpPost(StatusPath + "/keepalive")]
    public async Task<IActionResult> KeepAlive()
    {
        var result = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = result.Succeeded ? await signIn.UserManager.GetUserAsync(result.Principal!) : null;
        if (user is null || !await signIn.CanSignInAsync(user))
        {
            return StatusCode(StatusCodes.Status401Unauthorized, StatusOf(null));
        }
        // A new ticket from the user record (never the request's principal, which carries this request's tenant roles),
        // issued now, so it runs the full 30 minutes again; persistence and sign-in method as before.
        var properties = new AuthenticationProperties { IsPersistent = result.Properties?.IsPersistent ?? false };
        await signIn.SignInAsync(user, properties, result.Principal!.FindFirst("amr")?.Value);
        return Json(StatusOf(properties.ExpiresUtc));
    }

    /// <summary>Whether this request only asks about the session: it must not count as activity.</summary>
    public static bool IsStatusRequest(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) && context.Request.Path.Equals(StatusPath, StringComparison.OrdinalIgnoreCase);

    private SessionStatus StatusOf(DateTimeOffset? expiresAt)
    {
        var left = expiresAt is { } at ? Math.Max(0, (long)Math.Floor((at - time.GetUtcNow()).TotalSeconds)) : 0;
        return new SessionStatus(left > 0 ? expiresAt : null, left);
    }
}
