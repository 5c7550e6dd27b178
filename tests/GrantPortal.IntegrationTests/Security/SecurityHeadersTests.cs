using System.Net;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Security;

/// <summary>
/// The security headers are on every kind of response — a page, a static file, a redirect, a 404, a download, JSON,
/// the health check — and the sign-in cookie is HttpOnly and SameSite.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SecurityHeadersTests(PortalFactory factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/xinjiang")]
    [InlineData("/verify")]
    [InlineData("/verify/0000-0000-0000-0000")]
    [InlineData("/css/site.css")]
    [InlineData("/xinjiang/staff/calls")]
    [InlineData("/no/such/page")]
    [InlineData("/healthz")]
    [InlineData("/account/login")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url)
    {
        using var response = await factory.Browser().GetAsync(url);
        AssertHeaders(response, url);
    }

    [Fact]
    public async Task SignedInPagesJsonAndFiles_CarryThemToo()
    {
        var client = factory.Browser();
        await client.SignInAsync("staff@xinjiang.example.com");
        foreach (var url in new[] { "/xinjiang/staff/calls", "/session", "/xinjiang/staff/experts", "/xinjiang/notifications" })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}");
            AssertHeaders(response, url);
        }
    }

    [Fact]
    public async Task TheSignInCookie_IsHttpOnlyAndSameSite()
    {
        var client = factory.Browser();
        var token = (await client.GetPageAsync("/account/login")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Email"] = "staff@xinjiang.example.com",
            ["Password"] = GrantPortal.Infrastructure.Seeding.DemoAccounts.Password,
        }));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("gp.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        AssertHeaders(response, "/account/login (POST)");
    }

    private static void AssertHeaders(HttpResponseMessage response, string url)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
                ? string.Join(", ", values) : "";
        var csp = Header("Content-Security-Policy");
        Assert.True(csp.Contains("default-src 'self'", StringComparison.Ordinal), $"{url}: CSP “{csp}”");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
    }
}
