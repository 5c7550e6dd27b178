using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GrantPortal.Web.Areas.Public.Session;

/// <summary>
/// The sign-in cookie slides (renewed by activity), but asking /session how long it has left is not activity: on that
/// request neither the sliding check nor a security-stamp revalidation renews the cookie. Added after Identity's own
/// cookie events, which still run first.
/// </summary>
public sealed class SessionCookieEvents : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name != IdentityConstants.ApplicationScheme)
        {
            return;
        }
        var events = options.Events ??= new CookieAuthenticationEvents();
        var checkSliding = events.OnCheckSlidingExpiration;
        events.OnCheckSlidingExpiration = async context =>
        {
            await checkSliding(context);
            if (SessionController.IsStatusRequest(context.HttpContext))
            {
                context.ShouldRenew = false;
            }
        };
        var validate = events.OnValidatePrincipal;
        events.OnValidatePrincipal = async context =>
        {
            await validate(context);
            if (SessionController.IsStatusRequest(context.HttpContext))
            {
                context.ShouldRenew = false;
            }
        };
    }
}
