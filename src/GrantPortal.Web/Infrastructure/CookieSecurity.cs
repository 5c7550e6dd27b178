using Microsoft.AspNetCore.CookiePolicy;

namespace GrantPortal.Web.Infrastructure;

/// <summary>
/// Whether the portal's cookies (sign-in, antiforgery, language) carry <c>Secure</c>. Always outside Development and
/// Testing: in production the portal is served over HTTPS (usually behind a TLS-terminating proxy that talks plain HTTP
/// to the app, so "same as request" would drop the flag there). Development and Testing use SameAsRequest: Secure when
/// the request is HTTPS, and plain-HTTP runs (the test host on http://localhost, the Playwright tests on
/// http://127.0.0.1) keep working, since HTTP clients and non-local browsers never send a Secure cookie over HTTP.
/// <c>GrantPortal:CookieSecurePolicy</c> (Always | SameAsRequest) overrides it, e.g. for a demo served over plain HTTP
/// to other machines; "None" is refused.
/// </summary>
public static class CookieSecurity
{
    public static CookieSecurePolicy PolicyFor(IHostEnvironment environment, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Enum.TryParse<CookieSecurePolicy>(configured, ignoreCase: true, out var policy) && policy != CookieSecurePolicy.None
                ? policy
                : throw new InvalidOperationException($"GrantPortal:CookieSecurePolicy must be Always or SameAsRequest, not “{configured}”.");
        }
        return environment.IsDevelopment() || environment.IsEnvironment("Testing") ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    }

    /// <summary>The cookie policy applied to every cookie the app writes: Secure as above, HttpOnly, SameSite at least Lax.</summary>
    public static void Apply(CookiePolicyOptions options, CookieSecurePolicy secure)
    {
        options.Secure = secure;
        options.HttpOnly = HttpOnlyPolicy.Always;
        options.MinimumSameSitePolicy = SameSiteMode.Lax;
    }
}
