using System.Net;
using GrantPortal.Infrastructure.Seeding;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Accounts;

/// <summary>Sign-in with e-mail and password, lockout after five failures, sign-out.</summary>
[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalFactory factory)
{
    private const string WrongPassword = "Not-The-Password-2026";
    private const string WrongCredentials = "邮箱或密码不正确";
    private const string LockedOut = "账户已暂时锁定";

    private static async Task<HttpResponseMessage> LogInAsync(HttpClient client, string email, string password) =>
        await client.PostFormAsync("/account/login", "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    private static async Task<string> TextAsync(HttpResponseMessage response) => Html.Parse(await response.Content.ReadAsStringAsync()).Text();

    /// <summary>A fresh account, so locking it out disturbs no other test.</summary>
    private async Task<string> NewApplicantAsync()
    {
        var form = RegistrationForms.New();
        using var response = await factory.Browser().PostFormAsync("/shanxi/register", "/shanxi/register", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return form["Email"];
    }

    [Fact]
    public async Task Login_DemoStaff_RedirectsToTheirAssociationHome()
    {
        using var response = await LogInAsync(factory.Browser(), DemoAccounts.Email("hunan", "staff"), DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/hunan", response.LocationPath());
        Assert.True(response.SetsCookie("gp.auth"));
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsMessageAndSetsNoCookie()
    {
        var client = factory.Browser();

        using var response = await LogInAsync(client, DemoAccounts.Email("hunan", "reviewer"), WrongPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WrongCredentials, await TextAsync(response));
        Assert.False(response.SetsCookie("gp.auth"));
        var (url, _, _) = await client.FollowAsync("/hunan/admin/users");
        Assert.StartsWith("/account/login", url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_UnknownEmail_ShowsSameMessageAsWrongPassword()
    {
        using var response = await LogInAsync(factory.Browser(), RegistrationForms.NewEmail("nobody"), WrongPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WrongCredentials, await TextAsync(response));
        Assert.False(response.SetsCookie("gp.auth"));
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksAccountEvenForRightPassword()
    {
        var email = await NewApplicantAsync();
        var client = factory.Browser();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await LogInAsync(client, email, WrongPassword);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains(WrongCredentials, await TextAsync(wrong));
        }
        using (var fifth = await LogInAsync(client, email, WrongPassword))
        {
            Assert.Equal(HttpStatusCode.OK, fifth.StatusCode);
            Assert.Contains(LockedOut, await TextAsync(fifth));
        }

        using var right = await LogInAsync(client, email, RegistrationForms.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(LockedOut, await TextAsync(right));
        Assert.False(right.SetsCookie("gp.auth"));
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM users WHERE normalized_email = upper($1) AND lockout_end > now()", email));
    }

    [Fact]
    public async Task Logout_SignedIn_EndsTheSession()
    {
        var client = factory.Browser();
        await client.SignInAsync(DemoAccounts.Email("shanxi", "admin"));
        await client.GetPageAsync("/shanxi/admin/users");

        using var response = await client.PostFormAsync("/", "/account/logout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.LocationPath());
        var (url, status, _) = await client.FollowAsync("/shanxi/admin/users");
        Assert.StartsWith("/account/login", url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("我的科协", (await client.GetPageAsync("/")).Text());
    }
}
