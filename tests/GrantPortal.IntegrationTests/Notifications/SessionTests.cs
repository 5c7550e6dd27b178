using System.Net;
using System.Text.Json;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Notifications;

/// <summary>
/// /session tells how long the sign-in has left (30 minutes of inactivity) without renewing it; keepalive renews it,
/// and only with the antiforgery token.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SessionTests(PortalFactory factory)
{
    private static bool RenewsCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("gp.auth=", StringComparison.Ordinal));

    private static async Task<(long SecondsLeft, string? ExpiresAt)> StatusOfAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var expiresAt = json.RootElement.GetProperty("expiresAt");
        return (json.RootElement.GetProperty("secondsLeft").GetInt64(), expiresAt.ValueKind == JsonValueKind.Null ? null : expiresAt.GetString());
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Email("shanxi", "applicant"));
        return client;
    }

    private static async Task<string> TokenAsync(HttpClient client) =>
        (await client.GetPageAsync("/shanxi")).QuerySelector("form[action='/account/logout'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    [Fact]
    public async Task Status_NotSignedIn_NothingLeft()
    {
        using var response = await factory.Browser().GetAsync("/session");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((0L, (string?)null), await StatusOfAsync(response));
    }

    [Fact]
    public async Task Status_ReportsTimeLeft_AndNeverRenewsTheCookie()
    {
        var start = DateTimeOffset.UtcNow;
        factory.Clock.Set(start);
        var client = await SignedInAsync();
        try
        {
            using (var fresh = await client.GetAsync("/session"))
            {
                var (left, expiresAt) = await StatusOfAsync(fresh);
                Assert.InRange(left, 29 * 60, 30 * 60);
                Assert.NotNull(expiresAt);
                Assert.Equal("no-store", fresh.Headers.CacheControl?.ToString().Split(',')[0].Trim());
            }

            // Past half the time a request renews a sliding cookie; asking /session does not.
            factory.Clock.Set(start.AddMinutes(20));
            using (var late = await client.GetAsync("/session"))
            {
                Assert.False(RenewsCookie(late), "GET /session renewed the sign-in cookie");
                Assert.InRange((await StatusOfAsync(late)).SecondsLeft, 9 * 60, 10 * 60);
            }
            using (var page = await client.GetAsync("/shanxi/notifications"))
            {
                Assert.True(RenewsCookie(page), "a page past half the time should renew the cookie (else the test above proves nothing)");
            }
            using (var after = await client.GetAsync("/session"))
            {
                Assert.InRange((await StatusOfAsync(after)).SecondsLeft, 29 * 60, 30 * 60);
            }

            // 31 minutes without activity: expired.
            factory.Clock.Set(start.AddMinutes(20 + 31));
            using var expired = await client.GetAsync("/session");
            Assert.Equal((0L, (string?)null), await StatusOfAsync(expired));
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task KeepAlive_WithoutAntiforgeryToken_Is400()
    {
        var client = await SignedInAsync();

        using var response = await client.PostAsync("/session/keepalive", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(RenewsCookie(response));
    }

    [Fact]
    public async Task KeepAlive_WithToken_RenewsForAnother30Minutes_AndRolesStayPerTenant()
    {
        var start = DateTimeOffset.UtcNow;
        factory.Clock.Set(start);
        var client = await SignedInAsync();
        var token = await TokenAsync(client);
        try
        {
            factory.Clock.Set(start.AddMinutes(10));
            using var request = new HttpRequestMessage(HttpMethod.Post, "/session/keepalive")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
            };
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(RenewsCookie(response));
            Assert.InRange((await StatusOfAsync(response)).SecondsLeft, 29 * 60, 30 * 60);
            factory.Clock.Set(start.AddMinutes(35));
            using var status = await client.GetAsync("/session");
            Assert.InRange((await StatusOfAsync(status)).SecondsLeft, 4 * 60, 5 * 60);
            // The renewed ticket is the person, not one request's tenant roles: still an applicant in shanxi only.
            await client.GetPageAsync("/shanxi/notifications");
            using var otherTenant = await client.GetAsync("/xinjiang/notifications");
            Assert.NotEqual(HttpStatusCode.OK, otherTenant.StatusCode);
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }
}
