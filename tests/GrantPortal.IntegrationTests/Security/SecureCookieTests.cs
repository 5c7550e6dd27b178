using System.Net;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.IntegrationTests.Support;
using GrantPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GrantPortal.IntegrationTests.Security;

/// <summary>
/// Every cookie the portal writes — sign-in (gp.auth), antiforgery (gp.af), language — is HttpOnly, SameSite Lax or
/// Strict, and Secure: always in production; in Development and Testing when the request is HTTPS (so the plain-HTTP
/// test host and Playwright runs still sign in).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SecureCookieTests(PortalFactory factory)
{
    private sealed class FakeEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "GrantPortal.Web";
        public string ContentRootPath { get; set; } = "/";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }

    [Theory]
    [InlineData("Production", null, CookieSecurePolicy.Always)]
    [InlineData("Staging", null, CookieSecurePolicy.Always)]
    [InlineData("Development", null, CookieSecurePolicy.SameAsRequest)]
    [InlineData("Testing", null, CookieSecurePolicy.SameAsRequest)]
    [InlineData("Production", "SameAsRequest", CookieSecurePolicy.SameAsRequest)]
    [InlineData("Development", "always", CookieSecurePolicy.Always)]
    public void ThePolicy_IsAlwaysSecureInProduction(string environment, string? configured, CookieSecurePolicy expected) =>
        Assert.Equal(expected, CookieSecurity.PolicyFor(new FakeEnvironment(environment), configured));

    [Fact]
    public void NoneIsRefused() =>
        Assert.Throws<InvalidOperationException>(() => CookieSecurity.PolicyFor(new FakeEnvironment("Production"), "None"));

    [Fact]
    public void TheOptions_SayHttpOnlySameSiteAndSecure()
    {
        var auth = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        Assert.Equal(CookieSecurePolicy.SameAsRequest, auth.Cookie.SecurePolicy); // Testing; Always in production (above)
        Assert.True(auth.Cookie.HttpOnly);
        Assert.Equal(SameSiteMode.Lax, auth.Cookie.SameSite);
        var antiforgery = factory.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;
        Assert.Equal(CookieSecurePolicy.SameAsRequest, antiforgery.Cookie.SecurePolicy);
        var policy = factory.Services.GetRequiredService<IOptions<CookiePolicyOptions>>().Value;
        Assert.Equal(CookieSecurePolicy.SameAsRequest, policy.Secure);
        Assert.Equal(HttpOnlyPolicy.Always, policy.HttpOnly);
        Assert.Equal(SameSiteMode.Lax, policy.MinimumSameSitePolicy);
    }

    private static string Cookie(HttpResponseMessage response, string name)
    {
        Assert.True(response.Headers.TryGetValues("Set-Cookie", out var cookies), $"no cookies from {response.RequestMessage?.RequestUri}");
        return Assert.Single(cookies, c => c.StartsWith(name + "=", StringComparison.Ordinal));
    }

    private static void AssertFlags(string cookie, bool secure, params string[] sameSite)
    {
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(sameSite, s => cookie.Contains("samesite=" + s, StringComparison.OrdinalIgnoreCase));
        Assert.True(secure == cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase), $"secure={secure}: {cookie}");
    }

    /// <summary>Signs in, reads a staff page and picks English, collecting the three cookies' Set-Cookie headers.</summary>
    private static async Task<(string Antiforgery, string Auth, string Culture)> CookiesAsync(HttpClient client)
    {
        using var login = await client.GetAsync("/account/login");
        var antiforgery = Cookie(login, "gp.af");
        var token = Html.Parse(await login.Content.ReadAsStringAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var signIn = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Email"] = DemoAccounts.Email("xinjiang", "staff"),
            ["Password"] = DemoAccounts.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var auth = Cookie(signIn, "gp.auth");
        using var page = await client.GetAsync("/xinjiang/staff/calls");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // the browser sent the cookie back
        using var culture = await client.GetAsync("/culture/zh-CN?returnUrl=/");
        return (antiforgery, auth, Cookie(culture, ".AspNetCore.Culture"));
    }

    [Fact]
    public async Task OverHttps_EveryCookieIsSecureHttpOnlyAndSameSite()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        var (antiforgery, auth, culture) = await CookiesAsync(client);
        AssertFlags(antiforgery, secure: true, "strict");
        AssertFlags(auth, secure: true, "lax");
        AssertFlags(culture, secure: true, "lax", "strict");
    }

    [Fact]
    public async Task OverPlainHttpInTesting_TheyAreNotSecure_SoLocalRunsSignIn()
    {
        var (antiforgery, auth, _) = await CookiesAsync(factory.Browser());
        AssertFlags(antiforgery, secure: false, "strict");
        AssertFlags(auth, secure: false, "lax");
    }

    /// <summary>As in production: Secure, whatever the environment says, when the policy is Always.</summary>
    [Fact]
    public async Task WithTheProductionPolicy_TheyAreSecureEvenOverPlainHttp()
    {
        await using var production = factory.WithWebHostBuilder(b => b.UseSetting("GrantPortal:CookieSecurePolicy", "Always"));
        // A client on https (the proxy's address), so that it sends the Secure cookies back; the app itself sees http below.
        var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        var (antiforgery, auth, culture) = await CookiesAsync(client);
        AssertFlags(antiforgery, secure: true, "strict");
        AssertFlags(auth, secure: true, "lax");
        AssertFlags(culture, secure: true, "lax", "strict");
    }
}
