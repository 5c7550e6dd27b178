using System.Net;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Accounts;

/// <summary>Five failures lock an account for 15 minutes on the app's clock; unknown addresses get the same answers.</summary>
[Collection(PortalCollection.Name)]
public sealed class LockoutTests(PortalFactory factory)
{
    private const string WrongPassword = "Not-The-Password-2026";

    private static async Task<HttpResponseMessage> LogInAsync(HttpClient client, string email, string password) =>
        await client.PostFormAsync("/account/login", "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    private static async Task<string> TextAsync(HttpResponseMessage response) => Html.Parse(await response.Content.ReadAsStringAsync()).Text();

    [Fact]
    public async Task Login_FiveWrongPasswords_RefusesTheRightOneUntilFifteenMinutesPass()
    {
        var form = RegistrationForms.New();
        using (var registered = await factory.Browser().PostFormAsync("/shanxi/register", "/shanxi/register", form))
        {
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        }
        var email = form["Email"];
        var start = DateTimeOffset.UtcNow;
        try
        {
            factory.Clock.Set(start);
            var client = factory.Browser();
            for (var attempt = 1; attempt <= 4; attempt++)
            {
                using var wrong = await LogInAsync(client, email, WrongPassword);
                Assert.Contains("邮箱或密码不正确", await TextAsync(wrong));
            }
            using (var fifth = await LogInAsync(client, email, WrongPassword))
            {
                Assert.Contains("请 15 分钟后再试", await TextAsync(fifth));
            }
            using (var right = await LogInAsync(client, email, RegistrationForms.Password))
            {
                Assert.Equal(HttpStatusCode.OK, right.StatusCode);
                Assert.Contains("请 15 分钟后再试", await TextAsync(right));
                Assert.False(right.SetsCookie("gp.auth"));
            }

            factory.Clock.Set(start.AddMinutes(10).AddSeconds(30));
            using (var stillLocked = await LogInAsync(client, email, RegistrationForms.Password))
            {
                Assert.Contains("请 5 分钟后再试", await TextAsync(stillLocked));
                Assert.False(stillLocked.SetsCookie("gp.auth"));
            }

            factory.Clock.Set(start.AddMinutes(15).AddSeconds(1));
            using var afterwards = await LogInAsync(client, email, RegistrationForms.Password);
            Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
            Assert.True(afterwards.SetsCookie("gp.auth"));
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task Login_UnknownEmail_IsLockedLikeARealAccount()
    {
        var email = RegistrationForms.NewEmail("nobody");
        var client = factory.Browser();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await LogInAsync(client, email, WrongPassword);
            Assert.Contains("邮箱或密码不正确", await TextAsync(wrong));
        }

        using var fifth = await LogInAsync(client, email, WrongPassword);

        Assert.Equal(HttpStatusCode.OK, fifth.StatusCode);
        Assert.Contains("请 15 分钟后再试", await TextAsync(fifth));
    }
}
