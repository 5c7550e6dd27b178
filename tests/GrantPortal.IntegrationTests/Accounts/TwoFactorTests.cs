using System.Net;
using GrantPortal.Infrastructure.Identity;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Accounts;

/// <summary>
/// 两步验证: turned on from the QR page with one code, then sign-in needs a code; a code is good once (a replay or an
/// earlier step's code is refused); each recovery code works once; wrong codes count towards the lockout.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TwoFactorTests(PortalFactory factory)
{
    private const string Page = "/account/two-factor";
    private const string Step2 = "/account/login/two-factor";
    private const string Refused = "验证码不正确或已使用过";

    private sealed record Enabled(string Email, byte[] Key, List<string> RecoveryCodes);

    private static Task<HttpResponseMessage> LogInAsync(HttpClient client, string email) =>
        client.PostFormAsync("/account/login", "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = RegistrationForms.Password });

    private static Task<HttpResponseMessage> CodeAsync(HttpClient client, string code) =>
        client.PostFormAsync(Step2, Step2, new Dictionary<string, string> { ["Code"] = code });

    /// <summary>A new applicant who turns on two-step verification at <paramref name="at"/>, as a person with an app would.</summary>
    private async Task<Enabled> EnableAsync(DateTimeOffset at)
    {
        var client = factory.Browser();
        var form = RegistrationForms.New();
        using (var registered = await client.PostFormAsync("/hunan/register", "/hunan/register", form))
        {
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        }
        factory.Clock.Set(at);
        var page = await client.GetPageAsync(Page);
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector("img.two-factor-qr")?.GetAttribute("src"), StringComparison.Ordinal);
        var key = Base32.Decode(page.GetElementById("secret")!.TextContent);
        Assert.Equal(20, key.Length);

        using var wrong = await client.PostFormAsync(Page, "/account/two-factor/enable", new Dictionary<string, string>
        {
            ["Code"] = "000000" == Totp.Code(key, Totp.StepOf(at)) ? "111111" : "000000",
            ["Password"] = RegistrationForms.Password,
        });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.NotNull(Html.Parse(await wrong.Content.ReadAsStringAsync()).FieldError("Code"));
        Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM users WHERE normalized_email = upper($1) AND two_factor_enabled", form["Email"]));

        using (var noPassword = await client.PostFormAsync(Page, "/account/two-factor/enable", new Dictionary<string, string>
        {
            ["Code"] = Totp.Code(key, Totp.StepOf(at)),
            ["Password"] = "Not-The-Password-2026",
        }))
        {
            Assert.NotNull(Html.Parse(await noPassword.Content.ReadAsStringAsync()).FieldError("Password"));
        }
        using var enabled = await client.PostFormAsync(Page, "/account/two-factor/enable", new Dictionary<string, string>
        {
            ["Code"] = Totp.Code(key, Totp.StepOf(at)),
            ["Password"] = RegistrationForms.Password,
        });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var codes = Html.Parse(await enabled.Content.ReadAsStringAsync()).QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM users WHERE normalized_email = upper($1) AND two_factor_enabled", form["Email"]));
        Assert.Contains("两步验证已开启", (await client.GetPageAsync(Page)).Text());
        return new Enabled(form["Email"], key, codes);
    }

    private static DateTimeOffset StepStart() => DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 * 30 + 3);

    [Fact]
    public async Task SignIn_WithTwoFactor_NeedsAFreshCodeAndRefusesAReplay()
    {
        var start = StepStart();
        try
        {
            var account = await EnableAsync(start);
            factory.Clock.Set(start.AddSeconds(60));
            var code = Totp.Code(account.Key, Totp.StepOf(start.AddSeconds(60)));

            var first = factory.Browser();
            using (var password = await LogInAsync(first, account.Email))
            {
                Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
                Assert.StartsWith(Step2, password.LocationPath(), StringComparison.Ordinal);
                Assert.False(password.SetsCookie("gp.auth"));
            }
            await first.GetPageAsync("/hunan/my/applications", HttpStatusCode.Redirect);
            using (var signedIn = await CodeAsync(first, code))
            {
                Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
                Assert.Equal("/hunan", signedIn.LocationPath());
                Assert.True(signedIn.SetsCookie("gp.auth"));
            }
            await first.GetPageAsync("/hunan/my/applications");

            // The same code again (an eavesdropper replaying it within its 90 seconds), and the previous step's code.
            var second = factory.Browser();
            using (var password = await LogInAsync(second, account.Email))
            {
                Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
            }
            using (var replay = await CodeAsync(second, code))
            {
                Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
                Assert.Contains(Refused, Html.Parse(await replay.Content.ReadAsStringAsync()).FieldError("Code"));
                Assert.False(replay.SetsCookie("gp.auth"));
            }
            using (var earlier = await CodeAsync(second, Totp.Code(account.Key, Totp.StepOf(start.AddSeconds(30)))))
            {
                Assert.Contains(Refused, Html.Parse(await earlier.Content.ReadAsStringAsync()).FieldError("Code"));
                Assert.False(earlier.SetsCookie("gp.auth"));
            }

            // Half a minute later the next code works.
            factory.Clock.Set(start.AddSeconds(90));
            using var next = await CodeAsync(second, Totp.Code(account.Key, Totp.StepOf(start.AddSeconds(90))));
            Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
            Assert.True(next.SetsCookie("gp.auth"));
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task SignIn_WithRecoveryCode_WorksOnceAndCodesAreStoredHashed()
    {
        var start = StepStart();
        try
        {
            var account = await EnableAsync(start);
            var recovery = account.RecoveryCodes[3];
            Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM user_tokens WHERE value LIKE '%' || $1 || '%'", recovery));

            var first = factory.Browser();
            await LogInAsync(first, account.Email);
            using (var signedIn = await CodeAsync(first, recovery.ToLowerInvariant()))
            {
                Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
                Assert.True(signedIn.SetsCookie("gp.auth"));
            }
            Assert.Contains("剩余可用的恢复码：9 个", (await first.GetPageAsync(Page)).Text());

            var second = factory.Browser();
            await LogInAsync(second, account.Email);
            using var again = await CodeAsync(second, recovery);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.False(again.SetsCookie("gp.auth"));
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task SignIn_FiveWrongCodes_LockTheAccount()
    {
        var start = StepStart();
        try
        {
            var account = await EnableAsync(start);
            var client = factory.Browser();
            await LogInAsync(client, account.Email);
            var good = Totp.Code(account.Key, Totp.StepOf(start));
            var wrong = good == "123456" ? "654321" : "123456";
            for (var attempt = 1; attempt <= 4; attempt++)
            {
                using var refused = await CodeAsync(client, wrong);
                Assert.Contains(Refused, Html.Parse(await refused.Content.ReadAsStringAsync()).FieldError("Code"));
            }
            using (var fifth = await CodeAsync(client, wrong))
            {
                Assert.Contains("请 15 分钟后再试", Html.Parse(await fifth.Content.ReadAsStringAsync()).FieldError("Code"));
            }
            factory.Clock.Set(start.AddSeconds(30));
            using var right = await CodeAsync(client, Totp.Code(account.Key, Totp.StepOf(start.AddSeconds(30))));
            Assert.Equal(HttpStatusCode.OK, right.StatusCode);
            Assert.False(right.SetsCookie("gp.auth"));
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task Disable_WithPassword_TurnsItOffAndSignInNeedsNoCode()
    {
        var start = StepStart();
        try
        {
            var account = await EnableAsync(start);
            var client = factory.Browser();
            await LogInAsync(client, account.Email);
            factory.Clock.Set(start.AddSeconds(30));
            using (var signedIn = await CodeAsync(client, Totp.Code(account.Key, Totp.StepOf(start.AddSeconds(30)))))
            {
                Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            }

            using (var wrong = await client.PostFormAsync(Page, "/account/two-factor/disable", new Dictionary<string, string> { ["Password"] = "Not-The-Password-2026" }))
            {
                Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
                Assert.NotNull(Html.Parse(await wrong.Content.ReadAsStringAsync()).FieldError("Password"));
            }
            using (var off = await client.PostFormAsync(Page, "/account/two-factor/disable", new Dictionary<string, string> { ["Password"] = RegistrationForms.Password }))
            {
                Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
            }
            Assert.Equal(0, await factory.CountAsync("SELECT count(*) FROM users WHERE normalized_email = upper($1) AND two_factor_enabled", account.Email));

            using var plain = await LogInAsync(factory.Browser(), account.Email);
            Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
            Assert.True(plain.SetsCookie("gp.auth"));
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task TwoFactorPage_SignedOut_GoesToSignIn()
    {
        using var response = await factory.Browser().GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.LocationPath(), StringComparison.Ordinal);
    }
}
