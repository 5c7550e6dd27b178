using System.Net;
using GrantPortal.IntegrationTests.Support;

namespace GrantPortal.IntegrationTests.Accounts;

/// <summary>
/// 修改密码: the current password re-authenticates (wrong ones count towards the lockout), the new one passes the
/// registration rules, and the change ends the person's other sessions at their next security-stamp check.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ChangePasswordTests(PortalFactory factory)
{
    private const string Page = "/account/password";
    private const string NewPassword = "Changed-Pass-Phrase-2026";

    /// <summary>A new applicant of Hunan, signed in by registering (never a demo account).</summary>
    private async Task<(HttpClient Client, string Email)> RegisteredAsync()
    {
        var client = factory.Browser();
        var form = RegistrationForms.New();
        using var registered = await client.PostFormAsync("/hunan/register", "/hunan/register", form);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        return (client, form["Email"]);
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next, string? confirm = null) =>
        client.PostFormAsync(Page, Page, new Dictionary<string, string>
        {
            ["CurrentPassword"] = current, ["NewPassword"] = next, ["ConfirmPassword"] = confirm ?? next,
        });

    private static Task<HttpResponseMessage> LogInAsync(HttpClient client, string email, string password) =>
        client.PostFormAsync("/account/login", "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    private Task<object?> HashAsync(string email) => factory.ScalarAsync("SELECT password_hash FROM users WHERE normalized_email = upper($1)", email);

    private async Task<string> RefusedAsync(HttpClient client, string email, string current, string next, string? confirm, string field)
    {
        var hash = await HashAsync(email);
        var stamp = await factory.ScalarAsync("SELECT security_stamp FROM users WHERE normalized_email = upper($1)", email);
        using var response = await ChangeAsync(client, current, next, confirm);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(hash, await HashAsync(email));
        Assert.Equal(stamp, await factory.ScalarAsync("SELECT security_stamp FROM users WHERE normalized_email = upper($1)", email));
        Assert.DoesNotContain("密码已修改", page.Text());
        return page.FieldError(field) ?? "";
    }

    [Fact]
    public async Task Change_SignsInWithTheNewPasswordOnly_AndEndsTheOtherSessions()
    {
        var start = DateTimeOffset.UtcNow;
        try
        {
            factory.Clock.Set(start);
            var (here, email) = await RegisteredAsync();
            var elsewhere = factory.Browser();
            await elsewhere.SignInAsync(email, RegistrationForms.Password);
            await elsewhere.GetPageAsync("/hunan/my/applications");

            using (var changed = await ChangeAsync(here, RegistrationForms.Password, NewPassword))
            {
                Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
                Assert.Equal(Page, changed.LocationPath());
                Assert.True(changed.SetsCookie("gp.auth"));
            }
            Assert.Contains("密码已修改", (await here.GetPageAsync(Page)).Text());

            // A minute on, the other browser's stamp check finds the new stamp: signed out. This one was signed in again.
            factory.Clock.Set(start.AddMinutes(2));
            using (var other = await elsewhere.GetAsync("/hunan/my/applications"))
            {
                Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
                Assert.StartsWith("/account/login", other.LocationPath(), StringComparison.Ordinal);
            }
            await here.GetPageAsync("/hunan/my/applications");

            using (var old = await LogInAsync(factory.Browser(), email, RegistrationForms.Password))
            {
                Assert.Equal(HttpStatusCode.OK, old.StatusCode);
                Assert.False(old.SetsCookie("gp.auth"));
            }
            using var fresh = await LogInAsync(factory.Browser(), email, NewPassword);
            Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
            Assert.True(fresh.SetsCookie("gp.auth"));
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task WrongCurrentPassword_IsRefusedAndCountsTowardsTheLockout()
    {
        var (client, email) = await RegisteredAsync();

        var error = await RefusedAsync(client, email, "Not-The-Password-2026", NewPassword, null, "CurrentPassword");

        Assert.Equal("密码不正确", error);
        Assert.Equal(1, await factory.CountAsync("SELECT access_failed_count FROM users WHERE normalized_email = upper($1)", email));
    }

    [Fact]
    public async Task FiveWrongCurrentPasswords_LockTheAccount()
    {
        var start = DateTimeOffset.UtcNow;
        try
        {
            factory.Clock.Set(start);
            var (client, email) = await RegisteredAsync();
            for (var attempt = 1; attempt <= 4; attempt++)
            {
                Assert.Equal("密码不正确", (await RefusedAsync(client, email, "Not-The-Password-2026", NewPassword, null, "CurrentPassword")));
            }
            Assert.Contains("请 15 分钟后再试", (await RefusedAsync(client, email, "Not-The-Password-2026", NewPassword, null, "CurrentPassword")));
            // Locked: even the right current password changes nothing now, and signing in is refused too.
            Assert.Contains("请 15 分钟后再试", (await RefusedAsync(client, email, RegistrationForms.Password, NewPassword, null, "CurrentPassword")));
            using var login = await LogInAsync(factory.Browser(), email, RegistrationForms.Password);
            Assert.False(login.SetsCookie("gp.auth"));
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }
    }

    [Theory]
    [InlineData("password2026", "最常见的密码之一")]
    [InlineData("asdfghjklzxcvbnm", "简单序列")]
    [InlineData("Short-2026", "密码至少需要 12 个字符")]
    public async Task WeakNewPassword_IsRefusedWithTheRulesMessage(string weak, string message)
    {
        var (client, email) = await RegisteredAsync();

        var error = await RefusedAsync(client, email, RegistrationForms.Password, weak, null, "NewPassword");

        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(0, await factory.CountAsync("SELECT access_failed_count FROM users WHERE normalized_email = upper($1)", email));
    }

    [Fact]
    public async Task Mismatch_IsRefused()
    {
        var (client, email) = await RegisteredAsync();

        var error = await RefusedAsync(client, email, RegistrationForms.Password, NewPassword, NewPassword + "x", "ConfirmPassword");

        Assert.Equal("两次输入的密码不一致", error);
    }

    [Fact]
    public async Task Page_IsLinkedFromTwoFactorAndTheHeader_AndNeedsSigningIn()
    {
        using (var anonymous = await factory.Browser().GetAsync(Page))
        {
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/account/login", anonymous.LocationPath(), StringComparison.Ordinal);
        }
        var (client, _) = await RegisteredAsync();
        Assert.NotNull((await client.GetPageAsync("/account/two-factor")).QuerySelector("main a[href='/account/password']"));
        Assert.NotNull((await client.GetPageAsync("/hunan")).QuerySelector("header a[href='/account/password']"));
    }
}
